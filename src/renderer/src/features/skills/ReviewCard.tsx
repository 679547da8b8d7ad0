import { useEffect, useId, useRef, useState } from 'react'
import { type ReviewRating, type SkillView, skillDirectionLabels } from '../../../../shared/domain/skill'
import { nextInterval } from '../../../../shared/review-schedule'
import { type Problem, problemOf } from '../../lib/client'
import { FieldError } from '../../ui/FieldError'
import { MarkdownView } from '../../ui/MarkdownView'
import { levels, levelText } from './labels'
import { useReviewSkillMutation } from './mutations'

const ratings: Array<{ rating: ReviewRating; label: string; hint: string }> = [
  { rating: 'again', label: 'Again', hint: 'I could not recall it' },
  { rating: 'hard', label: 'Hard', hint: 'With effort' },
  { rating: 'good', label: 'Good', hint: 'I knew it' },
  { rating: 'easy', label: 'Easy', hint: 'Without thinking' },
]

function inDays(days: number): string {
  return days === 1 ? 'next: tomorrow' : `next: in ${days} days`
}

/** One skill under review: what it is for stays hidden until "Show", then a confidence rating. */
export function ReviewCard({
  skill,
  onReviewed,
}: {
  skill: SkillView
  onReviewed(skill: SkillView, rating: ReviewRating): void
}) {
  const review = useReviewSkillMutation()
  const [shown, setShown] = useState(false)
  const [logPractice, setLogPractice] = useState(false)
  const [note, setNote] = useState('')
  const [level, setLevel] = useState(String(skill.level))
  const [error, setError] = useState<Problem | null>(null)
  const id = useId()
  const answer = useRef<HTMLElement>(null)
  // "Show what it is for" leaves the page as it goes: focus moves on to what it showed.
  useEffect(() => {
    if (shown) answer.current?.focus()
  }, [shown])

  async function rate(rating: ReviewRating) {
    setError(null)
    try {
      const practice = logPractice ? { note, levelAfter: Number(level) } : null
      const reviewed = await review.mutateAsync({ skillId: skill.id, rating, practice })
      onReviewed(reviewed, rating)
    } catch (e) {
      setError(problemOf(e))
    }
  }

  return (
    <article className="card review-card" aria-labelledby={`${id}-name`}>
      <p className="muted review-kicker">
        {skillDirectionLabels[skill.direction]} · {skill.category} · now at {levelText(skill.level)}
      </p>
      <h2 id={`${id}-name`} className="review-name">
        {skill.name}
      </h2>
      <p className="review-question">What is it for, and how would you do it?</p>
      {shown ? (
        <section className="review-answer" aria-label="What it is for" tabIndex={-1} ref={answer}>
          <MarkdownView source={skill.purpose} empty="You have not written what it is for yet." />
        </section>
      ) : (
        <button type="button" className="button" onClick={() => setShown(true)}>
          Show what it is for
        </button>
      )}
      {shown && (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={logPractice} onChange={(e) => setLogPractice(e.target.checked)} />
            Also log practice (and change the level)
          </label>
          {logPractice && (
            <div className="review-practice">
              <div className="field wide">
                <label htmlFor={`${id}-note`}>What I did</label>
                <input
                  id={`${id}-note`}
                  value={note}
                  maxLength={2000}
                  onChange={(e) => {
                    setNote(e.target.value)
                    if (error?.field === 'practice.note') setError(null)
                  }}
                  aria-invalid={error?.field === 'practice.note'}
                />
                <FieldError message={error?.field === 'practice.note' ? error.message : undefined} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-level`}>Level now</label>
                <select id={`${id}-level`} value={level} onChange={(e) => setLevel(e.target.value)}>
                  {levels.map((l) => (
                    <option key={l} value={l}>
                      {levelText(l)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          )}
          <fieldset className="ratings" disabled={review.isPending}>
            <legend>How confident are you now?</legend>
            {ratings.map(({ rating, label, hint }) => (
              <button
                key={rating}
                type="button"
                className={`button rating rating-${rating}`}
                onClick={() => void rate(rating)}
              >
                <span>{label}</span>
                <span className="rating-hint">{hint}</span>
                <span className="rating-hint">{inDays(nextInterval(skill.review, rating).intervalDays)}</span>
              </button>
            ))}
          </fieldset>
        </>
      )}
      {error && error.field !== 'practice.note' && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </article>
  )
}
