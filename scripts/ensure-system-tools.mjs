// Finds what the browser and terminal tests need: a Chromium (CHROMIUM_PATH, /usr/bin/chromium,
// or one on PATH) and tmux. Where the machine allows (root with apt-get), installs Debian's
// packages; otherwise says in one line how to get them. Prints the Chromium path it found.
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync } from "node:fs"

const APT_PACKAGES = ["chromium", "tmux", "fonts-noto-cjk"]

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]
  for (const path of candidates) if (path && existsSync(path)) return path
  const which = spawnSync(
    "sh",
    ["-c", "command -v chromium || command -v chromium-browser || command -v google-chrome"],
    {
      encoding: "utf8",
    },
  )
  return which.status === 0 ? which.stdout.trim() : undefined
}

function hasTmux() {
  return spawnSync("sh", ["-c", "command -v tmux"]).status === 0
}

function canApt() {
  return process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0
}

export function ensureSystemTools() {
  if (findChromium() && hasTmux()) return findChromium()
  if (canApt()) {
    console.log(`Installing Debian packages the tests need: ${APT_PACKAGES.join(" ")}`)
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
    const install = () =>
      spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...APT_PACKAGES], {
        stdio: "inherit",
        env,
      })
    if (install().status !== 0) {
      execFileSync("apt-get", ["update"], { stdio: "inherit", env })
      if (install().status !== 0) throw new Error("apt-get could not install the test tools")
    }
  }
  const chromium = findChromium()
  if (!chromium || !hasTmux()) {
    console.error(
      "The browser and terminal tests need Chromium and tmux: run `sudo apt-get install -y chromium tmux fonts-noto-cjk`, or set CHROMIUM_PATH to a Chromium binary.",
    )
    process.exit(1)
  }
  return chromium
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureSystemTools())
