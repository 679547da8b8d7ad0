import { useId } from 'react'
import { useNavigation } from '../../app/navigation'
import type { GoalPanelProps, SkillPanelProps } from '../../app/slots'
import { formatShortDate } from '../../lib/dates'
import { useReflections } from './queries'

const shown = 5

/** On a goal's or a skill's page: the newest reflections that speak of it, each opening in its editor. */
function LinkedReflections({ goalId, skillId }: { goalId?: string; skillId?: string }) {
  const id = useId()
  const nav = useNavigation()
  const reflections = useReflections()
  const linked = (reflections.data ?? []).filter(
    (r) =>
      (goalId !== undefined && r.goalIds.includes(goalId)) ||
      (skillId !== undefined && r.skillIds.includes(skillId)),
  )
  return (
    <section className="card linked-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reflections</h2>
      {linked.length === 0 ? (
        <p className="muted">No reflection is about it yet. Link one from the reflection’s page.</p>
      ) : (
        <ul className="linked-list" aria-label="Linked reflections">
          {linked.slice(0, shown).map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => nav.go({ screen: 'reflection', id: r.id })}
              >
                {r.prompt?.text ?? (r.excerpt || 'Free reflection')}
              </button>
              <span className="muted small">{formatShortDate(r.date)}</span>
            </li>
          ))}
        </ul>
      )}
      {linked.length > shown && (
        <p className="hint">
          And {linked.length - shown} older in{' '}
          <button type="button" className="link-button" onClick={() => nav.go({ screen: 'reflections' })}>
            all reflections
          </button>
          .
        </p>
      )}
    </section>
  )
}

/** In the goal-detail slot. */
export function GoalReflections({ goalId }: GoalPanelProps) {
  return <LinkedReflections goalId={goalId} />
}

/** In the skill-detail slot. */
export function SkillReflections({ skillId }: SkillPanelProps) {
  return <LinkedReflections skillId={skillId} />
}
