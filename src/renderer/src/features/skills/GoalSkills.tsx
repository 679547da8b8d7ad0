import { useId } from 'react'
import { useNavigation } from '../../app/navigation'
import type { GoalPanelProps } from '../../app/slots'
import { levelText } from './labels'
import { useSkills } from './queries'

/** On a goal's page: the skills linked to it (linked from each skill's page), read only. */
export function GoalSkills({ goalId }: GoalPanelProps) {
  const id = useId()
  const nav = useNavigation()
  const skills = useSkills()
  const linked = (skills.data ?? []).filter((s) => s.goalIds.includes(goalId))
  return (
    <section className="card linked-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Skills</h2>
      {linked.length === 0 ? (
        <p className="muted">No skill linked yet. Link one from the skill’s page.</p>
      ) : (
        <ul className="linked-list" aria-label="Linked skills">
          {linked.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => nav.go({ screen: 'skill', id: s.id })}
              >
                {s.name}
              </button>
              <span className="muted small">{levelText(s.level)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
