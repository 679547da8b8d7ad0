import { useState } from 'react'
import type { ReviewRating, SkillView } from '../../../../shared/domain/skill'
import { useNavigation } from '../../app/navigation'
import { formatShortDate } from '../../lib/dates'
import { EmptyState } from '../../ui/EmptyState'
import { LoadError } from '../../ui/LoadError'
import { useReviewQueue } from './queries'
import { ReviewCard } from './ReviewCard'

interface Reviewed {
  name: string
  rating: ReviewRating
  nextReview: string
}

/** The skills due today, one at a time: recall, reveal, rate. */
export function ReviewScreen() {
  const queue = useReviewQueue()
  const nav = useNavigation()
  const [done, setDone] = useState<Reviewed[]>([])

  if (queue.isPending) return <p className="muted loading">Opening the review…</p>
  if (queue.isError)
    return (
      <div className="screen">
        <LoadError error={queue.error} />
      </div>
    )

  const current = queue.data[0]
  const onReviewed = (skill: SkillView, rating: ReviewRating) =>
    setDone((d) => [...d, { name: skill.name, rating, nextReview: skill.review.nextReview }])

  return (
    <div className="screen review">
      <header className="screen-header">
        <div>
          <h1>Review</h1>
          <p className="muted" aria-live="polite">
            {queue.data.length === 0
              ? 'Nothing left to review today.'
              : `${queue.data.length} ${queue.data.length === 1 ? 'skill' : 'skills'} due`}
          </p>
        </div>
        <button type="button" className="button ghost" onClick={() => nav.go({ screen: 'skills' })}>
          All skills
        </button>
      </header>
      {current ? (
        <ReviewCard key={current.id} skill={current} onReviewed={onReviewed} />
      ) : (
        <EmptyState title="All caught up">
          <p>
            No skill is due for review today. Skills come back when it is time to check they have stuck:
            sooner when a review was hard, later when it was easy.
          </p>
        </EmptyState>
      )}
      {done.length > 0 && (
        <section className="card reviewed" aria-label="Reviewed today">
          <h2>Reviewed just now</h2>
          <ul>
            {done.map((r) => (
              <li key={`${r.name}-${r.nextReview}`}>
                <strong>{r.name}</strong> <span className="badge subtle">{r.rating}</span>{' '}
                <span className="muted">next on {formatShortDate(r.nextReview)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
