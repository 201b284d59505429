import type { Rating } from "@kube-notes/study"

const RATINGS: { rating: Rating; label: string }[] = [
  { rating: 1, label: "다시" },
  { rating: 2, label: "어려움" },
  { rating: 3, label: "알맞음" },
  { rating: 4, label: "쉬움" },
]

/** Again, Hard, Good, Easy on keys 1–4. */
export function RatingButtons({ onRate }: { readonly onRate: (rating: Rating) => void }) {
  return (
    <fieldset className="rating-buttons">
      <legend className="visually-hidden">얼마나 잘 기억했나요?</legend>
      {RATINGS.map(({ rating, label }) => (
        <button key={rating} type="button" onClick={() => onRate(rating)}>
          {label} <kbd>{rating}</kbd>
        </button>
      ))}
    </fieldset>
  )
}
