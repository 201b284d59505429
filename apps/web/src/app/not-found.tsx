import { withBase } from "../lib/urls.ts"

export default function NotFound() {
  return (
    <div className="page not-found">
      <h1>페이지를 찾을 수 없습니다</h1>
      <p>주소가 바뀌었거나 노트가 지워졌을 수 있습니다.</p>
      <p>
        <a href={withBase("/")}>처음으로</a> · <a href={withBase("/glossary/")}>용어집</a> ·{" "}
        <a href={withBase("/commands/")}>명령어 모음</a>
      </p>
    </div>
  )
}
