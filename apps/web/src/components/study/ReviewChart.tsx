import type { ReviewLogEntry } from "@kube-notes/study"

interface ReviewChartProps {
  readonly log: readonly ReviewLogEntry[]
  readonly now: Date
  /** @default 30 */
  readonly days?: number
}

const WIDTH = 300
const HEIGHT = 80
const DAY_MS = 24 * 60 * 60 * 1000

/** Reviews per day over the last 30 days (local days), as bars in an SVG, today on the right. */
export function ReviewChart({ log, now, days = 30 }: ReviewChartProps) {
  const today = startOfDay(now)
  const perDay = new Array<number>(days).fill(0)
  for (const entry of log) {
    const age = Math.round((today - startOfDay(new Date(entry.reviewedAt))) / DAY_MS)
    if (age >= 0 && age < days) perDay[days - 1 - age] = (perDay[days - 1 - age] ?? 0) + 1
  }
  const max = Math.max(1, ...perDay)
  const total = perDay.reduce((sum, n) => sum + n, 0)
  const slot = WIDTH / days
  return (
    <figure className="review-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 14}`}
        role="img"
        aria-label={`최근 ${days}일 복습 ${total}회, 하루 최대 ${max === 1 && total === 0 ? 0 : max}회`}
      >
        <line x1="0" y1={HEIGHT} x2={WIDTH} y2={HEIGHT} className="axis" />
        {perDay.map((count, index) => {
          const height = (count / max) * (HEIGHT - 4)
          const date = new Date(today - (days - 1 - index) * DAY_MS)
          return (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: one bar per day slot, fixed in number
              key={index}
              x={index * slot + 1}
              y={HEIGHT - height}
              width={slot - 2}
              height={height}
              className="bar"
              data-count={count}
            >
              <title>{`${date.getMonth() + 1}월 ${date.getDate()}일: ${count}회`}</title>
            </rect>
          )
        })}
        <text x="0" y={HEIGHT + 12} className="label">
          {days}일 전
        </text>
        <text x={WIDTH} y={HEIGHT + 12} className="label" textAnchor="end">
          오늘
        </text>
      </svg>
      <figcaption>최근 {days}일 복습 기록</figcaption>
    </figure>
  )
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()
}
