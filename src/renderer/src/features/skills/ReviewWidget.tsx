import { useNavigation } from '../../app/navigation'
import { useReviewQueue, useSkills } from './queries'

/** The home card: how many skills are due for practice today, or how to add the first one. */
export function SkillsReviewWidget() {
  const queue = useReviewQueue()
  const skills = useSkills()
  const nav = useNavigation()
  const count = queue.data?.length ?? 0
  const noSkills = skills.data?.length === 0
  return (
    <section className="card review-widget" aria-labelledby="review-widget-title">
      <div className="card-header">
        <h2 id="review-widget-title">Skills to practise</h2>
      </div>
      {noSkills ? (
        <p>
          No skills yet. When a session teaches you something, add it as a skill and Tandem reminds you to
          practise it.
        </p>
      ) : (
        <p>
          <strong className="review-count" data-testid="review-count">
            {count}
          </strong>{' '}
          {count === 1 ? 'skill is' : 'skills are'} due for practice today.
        </p>
      )}
      <button
        type="button"
        className="button"
        onClick={() => nav.go({ screen: count > 0 ? 'review' : 'skills' })}
      >
        {count > 0 ? 'Practise now' : noSkills ? 'Add a skill' : 'See your skills'}
      </button>
    </section>
  )
}
