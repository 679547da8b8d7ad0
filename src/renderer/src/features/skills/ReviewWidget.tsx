import { useNavigation } from '../../app/navigation'
import { useReviewQueue } from './queries'

/** The home card: how many skills are due for review today. */
export function SkillsReviewWidget() {
  const queue = useReviewQueue()
  const nav = useNavigation()
  const count = queue.data?.length ?? 0
  return (
    <section className="card review-widget" aria-labelledby="review-widget-title">
      <div className="card-header">
        <h2 id="review-widget-title">Skills to review</h2>
      </div>
      <p>
        <strong className="review-count" data-testid="review-count">
          {count}
        </strong>{' '}
        {count === 1 ? 'skill is' : 'skills are'} due today.
      </p>
      <button
        type="button"
        className="button"
        onClick={() => nav.go({ screen: count > 0 ? 'review' : 'skills' })}
      >
        {count > 0 ? 'Start review' : 'See your skills'}
      </button>
    </section>
  )
}
