import { describe, expect, it } from "vitest"
import { findFenceCommands } from "../src/analyze/commands.ts"

const texts = (lang: string, value: string) => findFenceCommands(lang, value).map((c) => c.text)

describe("commands read the way a shell reads them", () => {
  it("should join `\\` continuations into one command that keeps its lines as written", () => {
    const found = findFenceCommands(
      "bash",
      "$ helm install a b/c \\\n    --namespace x \\\n    --create-namespace\nNAME: a\n",
    )
    expect(found.map((c) => c.text)).toEqual([
      "helm install a b/c \\\n    --namespace x \\\n    --create-namespace",
    ])
    expect(found[0]?.line).toBe(0)
    expect(found.every((c) => !/\\\s*$/.test(c.text))).toBe(true)
  })

  it("should keep each continuation line's own indentation, two spaces, a tab or none", () => {
    expect(texts("bash", "$ kubeadm init \\\n  --a=1 \\\n\t--b=2 \\\n--c=3")).toEqual([
      "kubeadm init \\\n  --a=1 \\\n\t--b=2 \\\n--c=3",
    ])
  })

  it("should join PowerShell backtick continuations and strip its `>>` prompts", () => {
    expect(
      texts(
        "powershell",
        "PS C:\\Users\\me> Invoke-WebRequest -OutFile a.exe `\n>>   -Uri https://x/a.exe\n",
      ),
    ).toEqual(["Invoke-WebRequest -OutFile a.exe `\n  -Uri https://x/a.exe"])
  })

  it("should strip $, %, ❯, PS>, PS C:\\…> and C:\\…> prompts", () => {
    expect(texts("bash", "$ kubectl get ns")).toEqual(["kubectl get ns"])
    expect(texts("zsh", "% docker compose up -d")).toEqual(["docker compose up -d"])
    expect(texts("bash", "❯ kubectl get ns")).toEqual(["kubectl get ns"])
    expect(texts("powershell", "PS> minikube start")).toEqual(["minikube start"])
    expect(texts("cmd", "C:\\Users\\dev>minikube status\nminikube\nhost: Running")).toEqual([
      "minikube status",
    ])
  })

  it("should strip the RHEL/CentOS prompts [user@host dir]$ and [root@host dir]# and read the rest as output", () => {
    const value =
      "[vagrant@control ~]$ ansible-playbook site.yml --check\nPLAY [web] ***\n[root@web1 nginx]# nginx -t\n"
    expect(findFenceCommands("bash", value)).toMatchObject([
      { text: "ansible-playbook site.yml --check", tool: "ansible-playbook" },
      { text: "nginx -t", tool: "nginx" },
    ])
    // Output that starts with a bracket is not a prompt: no user@host inside it.
    expect(texts("bash", "$ ansible all -m ping\n[WARNING]: no inventory\n")).toEqual(["ansible all -m ping"])
  })

  it("should take # as a root prompt only in shell fences and before a program, else as a comment", () => {
    expect(texts("bash", "$ kubectl exec -it web -- sh\n# cat /etc/hosts\n127.0.0.1 localhost")).toEqual([
      "kubectl exec -it web -- sh",
      "cat /etc/hosts",
    ])
    expect(texts("bash", "# 설치 확인\nkubectl version")).toEqual(["kubectl version"])
    expect(texts("powershell", "# cat 은 별칭이다\nkubectl version")).toEqual(["kubectl version"])
  })

  it("should read unprompted lines in a prompted block as output, unless after a blank line and led by a program", () => {
    const value =
      "$ kubectl get svc web\nNAME   TYPE\nweb    NodePort\n\nkubectl describe svc web\nps output here"
    expect(texts("bash", value)).toEqual(["kubectl get svc web", "kubectl describe svc web"])
    // `top - 10:00 up 3 days` is top's output, not a command: it does not follow a blank line.
    expect(texts("bash", "$ top -b -n 1\ntop - 10:00:01 up 3 days")).toEqual(["top -b -n 1"])
  })

  it("should keep a heredoc whole, body and terminator included", () => {
    const value =
      "$ cat <<EOF | kubectl apply -f -\nkind: Secret\nmetadata:\n  name: t\nEOF\nsecret/t created"
    expect(texts("bash", value)).toEqual([
      "cat <<EOF | kubectl apply -f -\nkind: Secret\nmetadata:\n  name: t\nEOF",
    ])
  })

  it("should keep a trailing # comment as the command's description, not its text", () => {
    const [found] = findFenceCommands("bash", "kubectl rollout undo deployment/web   # 이전 버전으로 롤백")
    expect(found).toMatchObject({
      text: "kubectl rollout undo deployment/web",
      description: "이전 버전으로 롤백",
    })
  })

  it("should record sudo in the text but take the next word as the tool", () => {
    const [found] = findFenceCommands("bash", "sudo systemctl enable --now docker")
    expect(found).toMatchObject({ text: "sudo systemctl enable --now docker", tool: "systemctl" })
    expect(findFenceCommands("bash", "nohup ./server.sh &")[0]?.tool).toBe("nohup")
  })
})
