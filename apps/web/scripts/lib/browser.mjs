// Launches Debian's Chromium (or CHROMIUM_PATH) through playwright-core, headless, offline
// by design (no background networking, no host but loopback). `launch` always starts from a fresh temporary
// profile (playwright refuses an explicit --user-data-dir there), so no state leaks between runs.
import { existsSync } from "node:fs"
import { chromium } from "playwright-core"

export function findChromium(env = process.env) {
  const candidates = [
    env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ]
  return candidates.find((path) => path && existsSync(path))
}

export const CHROMIUM_HINT =
  "Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium/Chrome binary."

export async function launchBrowser() {
  const executablePath = findChromium()
  if (!executablePath) throw new Error(CHROMIUM_HINT)
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      // The GPU "process" as a thread of the browser process (content/gpu/in_process_gpu_thread.h):
      // with --disable-gpu it only composites in software, and passing each frame to a process
      // of its own cost ~10-15% of Chromium's CPU per page load (docs/testing.md).
      "--in-process-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // Nothing but loopback (the test server) can be reached: every other request goes to a
      // proxy on a closed port and fails. Tests still see each request as it is issued.
      "--proxy-server=http://127.0.0.1:9",
    ],
  })
}
