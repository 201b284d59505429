import { withBase } from "../../lib/urls.ts"

/**
 * The study page's lead (inside `<p class="lead">`): how many cards the notes make. `next dev`
 * renders it in the study route; a build renders it outside Next (src/lib/render/list-pages.tsx)
 * into the slot the route leaves (PageBody.tsx), so Next reads no deck.
 */
export function StudyLead({ total }: { readonly total: number }) {
  return (
    <>
      노트에서 만든 카드 {total}개를 간격 반복으로 복습합니다. 진도는 이 브라우저에 저장되며 파일로 내보내고
      가져올 수 있습니다 (<a href={withBase("/path/")}>학습 순서</a>).
    </>
  )
}
