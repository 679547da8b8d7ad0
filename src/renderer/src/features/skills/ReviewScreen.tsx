import { useState } from 'react'
import type { ReviewRating, SkillView } from '../../../../shared/domain/skill'
import { useNavigation } from '../../app/navigation'
import { formatShortDate } from '../../lib/dates'
import { EmptyState } from '../../ui/EmptyState'
import { LoadError } from '../../ui/LoadError'
import { useReviewQueue, useSkills } from './queries'
import { ReviewCard } from './ReviewCard'

interface Reviewed {
  name: string
  rating: ReviewRating
  nextReview: string
}

/** Practise skills: the skills due today, one at a time: recall, reveal, rate. */
export function ReviewScreen() {
  const queue = useReviewQueue()
  const skills = useSkills()
  const nav = useNavigation()
  const [done, setDone] = useState<Reviewed[]>([])

  if (queue.isPending) return <p className="muted loading">Opening your skills…</p>
  if (queue.isError)
    return (
      <div className="screen">
        <LoadError error={queue.error} />
      </div>
    )

  const current = queue.data[0]
  // Before the first skill there is nothing to be caught up on: say so, and how to add one.
  const noSkills = skills.data?.length === 0 && done.length === 0
  const onReviewed = (skill: SkillView, rating: ReviewRating) =>
    setDone((d) => [...d, { name: skill.name, rating, nextReview: skill.review.nextReview }])

  return (
    <div className="screen review">
      <header className="screen-header">
        <div>
          <h1>Practise skills</h1>
          <p className="muted" aria-live="polite">
            {queue.data.length === 0
              ? noSkills
                ? 'No skills yet.'
                : 'Nothing left to practise today.'
              : `${queue.data.length} ${queue.data.length === 1 ? 'skill' : 'skills'} due`}
          </p>
        </div>
        <button type="button" className="button ghost" onClick={() => nav.go({ screen: 'skills' })}>
          All skills
        </button>
      </header>
      {current ? (
        <ReviewCard key={current.id} skill={current} onReviewed={onReviewed} />
      ) : noSkills ? (
        <EmptyState
          title="No skills to practise yet"
          action={
            <button type="button" className="button primary" onClick={() => nav.go({ screen: 'skills' })}>
              Add a skill
            </button>
          }
        >
          <p>
            Add a skill you learned or taught on the Skills screen, or make one from a line of a session’s
            “What I learned”. Tandem brings each skill back here when it is time to practise it.
          </p>
        </EmptyState>
      ) : (
        <EmptyState title="Nothing to practise today">
          <p>
            No skill is due today. Skills come back when it is time to check they have stuck: sooner when
            recalling one was hard, later when it was easy.
          </p>
        </EmptyState>
      )}
      {done.length > 0 && (
        <section className="card reviewed" aria-label="Practised today">
          <h2>Practised just now</h2>
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
