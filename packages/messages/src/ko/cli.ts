/** What the `kube-notes` commands print around their data, and the mistakes they report. */
import { kinds } from "./common.ts"

type Kind = keyof typeof kinds

/** "노트 2개": Korean counts need no plural, the counter 개 follows the number. */
const count = (n: number, word: string) => `${word} ${n}개`

export const output = {
  nodeCount: (kind: Kind, n: number) => count(n, kinds[kind]),
  built: (nodes: string, edges: number) => `만들었습니다: ${nodes} · 연결 ${edges}개`,
  wrote: (file: string) => `썼습니다: ${file}`,
  unchanged: (file: string) => `바뀐 것 없음: ${file}`,
  severities: (errors: number, warnings: number, infos: number) =>
    `${count(errors, "오류")}, ${count(warnings, "경고")}, ${count(infos, "알림")}`,
  checkPassed: (errors: number, warnings: number, infos: number) =>
    `통과: ${count(errors, "오류")}, ${count(warnings, "경고")}, ${count(infos, "알림")}`,
  checkFailed: (errors: number, warnings: number, infos: number) =>
    `실패: ${count(errors, "오류")}, ${count(warnings, "경고")}, ${count(infos, "알림")}`,
  noDefinition: "(정의 없음)",
  noResults: (query: string) => `검색 결과가 없습니다: "${query}"`,
  statsNodes: (n: number) => `노드 (${n})`,
  statsEdges: (n: number) => `연결 (${n})`,
  statsDiagnostics: (n: number) => `진단 (${n})`,
  notATerminal:
    "kube-notes: 터미널이 아니라서 읽기 화면 대신 주제 목록을 출력했습니다. `kube-notes show --help`를 보세요.",
}

// Korean particles (은/는, 을/를) depend on the word before them, so a value never comes
// right before one: it follows a colon or sits in a phrase that needs no particle.
export const errors = {
  seeHelp: (command: string) => `\`kube-notes ${command ? `${command} ` : ""}--help\`를 보세요.`,
  unknownCommand: (name: string) => `없는 명령입니다: "${name}". \`kube-notes --help\`를 보세요.`,
  unknownOption: (option: string) => `알 수 없는 옵션입니다: '${option}'`,
  missingValue: (option: string) => `옵션에 값이 필요합니다: '${option}'`,
  noValueTaken: (option: string) => `값을 받지 않는 옵션입니다: '${option}'`,
  takes: (command: string, what: string) =>
    `${command} 명령에는 ${what}를 주세요. \`kube-notes ${command} --help\`를 보세요.`,
  oneQuery: "검색어 <query> 하나(띄어 쓴 검색어는 따옴표로 감싸기)",
  oneNode: "<id|제목|별칭> 하나",
  oneFile: "FILE 하나",
  unexpectedArgument: (arg: string, command: string) =>
    `뜻밖의 인자입니다: "${arg}". \`kube-notes ${command} --help\`를 보세요.`,
  wholeNumber: (name: string, value: string) => `--${name}에는 0보다 큰 정수를 주세요. 받은 값: "${value}"`,
  kindList: (allowed: string, bad: string) => `--kind에는 ${allowed} 중에서 고르세요. 받은 값: "${bad}"`,
  watchNeedsContent: "--watch에는 --content DIR가 필요합니다. 패키지에 든 노트는 바뀌지 않습니다.",
  contentOrGraph: "--content와 --graph 중 하나만 쓰세요.",
  notBuilt:
    "패키지에 든 노트가 아직 빌드되지 않았습니다. `pnpm build`를 실행하세요(또는 --content DIR를 주세요).",
  notAGraph: (file: string) =>
    `kube-notes의 graph.json이 아닙니다: ${file}. \`kube-notes build\`로 다시 만드세요.`,
  cannotRead: (file: string) => `읽을 수 없습니다: ${file}. \`kube-notes build --out DIR\`로 만드세요.`,
  notAFolder: (dir: string) => `폴더가 아닙니다: ${dir}. --content에 노트 폴더를 주세요.`,
  ambiguous: (wanted: string, n: number, ids: string) =>
    `"${wanted}"에 맞는 노드가 ${n}개입니다. id로 하나를 고르세요:\n${ids}`,
  nothingCalled: (wanted: string, quoted: string) =>
    `이런 이름은 없습니다: "${wanted}". \`kube-notes search ${quoted}\`로 찾아 보세요.`,
  unexpectedFailure: (detail: string) => `뜻밖의 실패: ${detail}`,
  isABug: "노트가 아니라 kube-notes의 버그입니다. KUBE_NOTES_DEBUG=1로 다시 실행해 알려 주세요.",
  stateNotMoved: (file: string) => `상태 파일이 망가졌는데 옮기지 못해서 처음부터 시작합니다: ${file}`,
  stateMoved: (aside: string) => `상태 파일이 망가져서 옮겨 두고 처음부터 시작했습니다: ${aside}`,
}
