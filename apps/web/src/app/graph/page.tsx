import type { Metadata } from "next"
import { GraphView } from "../../components/graph/GraphView.tsx"

export const metadata: Metadata = { title: "그래프" }

export default function GraphPage() {
  return (
    <div className="page graph-page">
      <h1>그래프</h1>
      <p className="lead">
        노트와 주제, 용어가 어떻게 이어지는지 봅니다. 끌어서 움직이고, 휠이나 버튼으로 확대하고, 점을 눌러
        엽니다.
      </p>
      <noscript>
        <p>
          그래프 보기는 자바스크립트가 필요합니다. <a href="../glossary/">용어집</a>에서 용어와 주제의 연결을
          볼 수 있습니다.
        </p>
      </noscript>
      <GraphView />
    </div>
  )
}
