import { buildGraph, buildGraphFromDir, createMemorySource } from "@kube-notes/core"
import { validateGraph } from "@kube-notes/core/schema"
import { mkdtempSync, writeFileSync, symlinkSync, mkdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
const section = (i) => `## ${i}. 섹션 ${i}\n\n- kubelet : 노드 에이전트 ${i}\n\n설치 확인 명령어 : minikube version\n\n\`\`\`bash\nkubectl get pods -n ns${i % 50}\n\`\`\`\n\n[공식 문서](https://kubernetes.io/docs/${i % 100}) 큐블렛은 ![그림](images/${i % 10}.png) 본문 `.padEnd(600, "가나다라 ") + "\n\n"
let text = "# 큰 노트\n\n"; let i = 0
while (text.length < 10 * 1024 * 1024 / 2) text += section(++i)
console.log("chars", text.length, "bytes", Buffer.byteLength(text))
let t = performance.now()
const g = await buildGraph(createMemorySource({ "big.md": text }))
console.log("10MB", Math.round(performance.now() - t), "ms", g.nodes.length, "nodes", validateGraph(g).length, Math.round(process.memoryUsage().rss/1e6), "MB rss")
const dir = mkdtempSync(join(tmpdir(), "kn-"))
mkdirSync(join(dir, "sub"))
writeFileSync(join(dir, "a.md"), "# a\n\n![x](../../etc/passwd) [y](sub/loop/a.md)\n")
symlinkSync(dir, join(dir, "sub", "loop"))
symlinkSync("/etc", join(dir, "etc"))
symlinkSync("/etc/passwd", join(dir, "passwd.md"))
symlinkSync(join(dir, "x1"), join(dir, "x2")); symlinkSync(join(dir, "x2"), join(dir, "x1"))
symlinkSync("nowhere", join(dir, "dangling.md"))
writeFileSync(join(dir, "fm.md"), "---\ntitle: big\nx: \"" + "a".repeat(1024*1024) + "\"\n---\n# b\n")
t = performance.now()
const g2 = await buildGraphFromDir(dir, { cache: false })
console.log("dir", Math.round(performance.now() - t), g2.nodes.map(n => n.id), g2.diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.rule}`))
