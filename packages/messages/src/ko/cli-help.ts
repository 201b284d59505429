/** `kube-notes --help` and `kube-notes <command> --help`. docs/cli.md shows the same options. */

const SOURCE = `  --content DIR    DIR의 노트를 바로 읽어 해석 (기본: 패키지에 든 노트)
  --graph FILE     \`kube-notes build\`가 쓴 graph.json 읽기`

export const cliHelp = {
  main: `kube-notes — 쿠버네티스 공부 노트를 주제 그래프로, 터미널에서

사용법
  kube-notes [--content DIR [--watch] | --graph FILE]
                                           읽기 화면 열기 (터미널 필요)
  kube-notes <명령> [옵션]

명령
  build      노트 폴더로 graph.json 만들기
  check      노트의 문제 알리기 (오류가 있으면 종료 코드 1)
  stats      노드, 연결, 진단 세기
  show       주제, 노트, 용어 출력
  search     주제, 용어, 명령어 검색
  topics     주제 목록
  terms      용어집의 용어 목록
  commands   노트에 나온 명령어 목록
  study      노트로 만든 카드로 공부하기 (간격 반복)
  cards      공부 카드 목록
  progress   노트와 주제별 공부 진행; 내보내기와 가져오기
  path       학습 순서대로 주제 목록, 숙달도와 함께

옵션
${SOURCE}
  --watch          노트가 바뀌면 다시 그리기 (--content와 함께)
  --help, -h       도움말 (명령마다: kube-notes <명령> --help)
  --version, -v    버전 출력

종료 코드: 0 문제 없음, 1 노트에 오류 진단이 있음, 2 사용법 오류.
언어: 기본은 한국어, LC_ALL, LC_MESSAGES, LANG 중 처음 설정된 값이 en으로 시작하면 영어.`,
  study: `사용법: kube-notes study [--topic ID]

공부 화면을 엽니다 (터미널 필요): 노트로 만든 카드를 FSRS로 일정을 잡아 보여 줍니다.
평가할 때마다 진행이 $XDG_STATE_HOME/kube-notes/progress.json
(없으면 ~/.local/state/kube-notes/)에 저장됩니다.
${SOURCE}
  --topic ID      이 주제(와 하위 주제) 또는 노트만: id, 주제 번호("1-1") 또는 제목

키: Space/Enter 답 보기 · 1 다시, 2 어려움, 3 좋음, 4 쉬움 · u 마지막 평가 취소 ·
h 초성 힌트 · a–g 보기 고르기 · p 학습 순서 · q/Esc 돌아가기.
답을 입력하는 카드: Enter로 입력 칸을 엽니다. 칸 안에서 Enter는 답 확인,
Tab은 힌트, Esc는 칸 닫기.`,
  cards: `사용법: kube-notes cards [--topic ID] [--json]

노트로 만든 공부 카드를 나열합니다: id, 종류, 앞면, 답.
${SOURCE}
  --topic ID      이 주제(와 하위 주제) 또는 노트만
  --json          JSON으로 출력`,
  progress: `사용법: kube-notes progress [--json] [--orphans]
       kube-notes progress export FILE
       kube-notes progress import FILE

전체, 노트별, 주제별 복습 예정·새 카드·학습한 카드 수와 주제마다 숙달도
(복습 단계에서 기억 확률 0.9 이상인 카드의 비율)를 보여 줍니다.
${SOURCE}
  --orphans       노트, 용어, 명령어가 사라진 카드 목록
                  (파일에는 남아 있어 노드가 돌아오면 다시 쓰입니다)
  --json          JSON으로 출력
  export FILE     진행 파일을 FILE로 쓰기 (사이트에서 가져오기용)
  import FILE     FILE(예: 사이트에서 내보낸 파일)을 진행에 합치기:
                  두 복습 기록의 합집합; 더해진 복습 수를 출력`,
  path: `사용법: kube-notes path [--json]

학습 순서(용어를 쓰는 주제보다 그 용어를 정의한 주제가 먼저)로 주제를 나열하고,
주제마다 숙달도, 카드 수, 복습 예정 카드를 보여 줍니다.
${SOURCE}`,
  build: `사용법: kube-notes build [--content DIR] [--out DIR] [--cache DIR | --no-cache]

DIR의 노트로 그래프를 만들어 graph.json을 씁니다 (바뀌었을 때만).
  --content DIR   노트 폴더 (기본: 저장소의 content/ 폴더)
  --out DIR       graph.json을 쓸 곳 (기본: 저장소의 content 폴더면 content/dist,
                  다른 폴더면 DIR/.kube-notes)
  --cache DIR     노트 분석 결과를 DIR에 보관 (기본 $XDG_CACHE_HOME/kube-notes,
                  없으면 ~/.cache/kube-notes)
  --no-cache      캐시 없이: 모든 노트를 다시 분석
종류별 개수와 진단을 출력합니다. 진단 중 하나라도 오류면 종료 코드 1.`,
  check: `사용법: kube-notes check [--content DIR] [--json]

진단마다 "파일:줄:열 심각도 규칙 메시지"로 한 줄씩 출력합니다.
  --content DIR   노트 폴더 (기본: 저장소의 content/ 폴더)
  --json          대신 {ok, counts, diagnostics} 출력
진단 중 하나라도 오류면 종료 코드 1.`,
  stats: `사용법: kube-notes stats [--content DIR | --graph FILE] [--json]

노드를 종류별로, 연결을 종류별로, 진단을 심각도별로 셉니다.`,
  show: `사용법: kube-notes show <id|제목|별칭> [--json] [--width N]

주제, 노트, 용어, 명령어를 터미널에 맞게 출력합니다.
<id|제목|별칭>은 그래프 id(topic:…, term:…), 주제 번호("1-1"),
제목, 또는 용어의 다른 이름("큐블렛") 중 하나입니다.
${SOURCE}
  --json          노드와 그 상위 경로, 가리키는 곳, 출력한 글을 JSON으로
  --width N       N열에서 줄 바꿈 (기본: 터미널 너비, 없으면 80)`,
  search: `사용법: kube-notes search <query> [--json] [--limit N] [--kind KIND,…]

주제, 용어, 명령어를 찾습니다 (한국어를 압니다).
${SOURCE}
  --limit N       결과 최대 N개 (기본 10)
  --kind KINDS    이 종류만, 쉼표로 구분: topic,term,command,note
  --json          결과를 JSON으로 출력`,
  topics: `사용법: kube-notes topics [--json]

노트와 그 주제를 읽는 순서대로, 들여 써서 보여 줍니다.
${SOURCE}`,
  terms: `사용법: kube-notes terms [--json]

용어를 다른 이름, 정의와 함께 보여 줍니다.
${SOURCE}`,
  commands: `사용법: kube-notes commands [--tool TOOL] [--shell SHELL] [--json]

노트에 나온 명령어를 보여 줍니다.
${SOURCE}
  --tool TOOL     이 프로그램의 명령어만 (kubectl, minikube…)
  --shell SHELL   이 셸에서 쓰인 명령어만 (powershell, bash…)`,
}
