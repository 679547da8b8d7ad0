import { useId, useState } from 'react'
import { daysBetween } from '../../../../shared/calendar'
import type { SkillView } from '../../../../shared/domain/skill'
import { useNavigation } from '../../app/navigation'
import { localToday } from '../../lib/dates'
import { lastTouched } from './labels'

const KEY = 'tandem.skills.staleDays'

function storedThreshold(): number {
  const value = Number(window.localStorage.getItem(KEY))
  return Number.isInteger(value) && value >= 1 ? value : 30
}

/** Skills not practised for a while; the threshold is the user's and kept between visits. */
export function StaleSkills({ skills }: { skills: SkillView[] }) {
  const nav = useNavigation()
  const [days, setDays] = useState(storedThreshold)
  const id = useId()
  const today = localToday()
  const stale = skills
    .map((skill) => ({ skill, idle: daysBetween(lastTouched(skill), today) }))
    .filter(({ idle }) => idle >= days)
    .sort((a, b) => b.idle - a.idle)

  return (
    <aside className="card stale" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Going stale</h2>
      <div className="field stale-threshold">
        <label htmlFor={`${id}-days`}>Not practised for at least (days)</label>
        <input
          id={`${id}-days`}
          type="number"
          min={1}
          max={3650}
          value={days}
          onChange={(e) => {
            const value = Math.max(1, Math.min(3650, Math.round(Number(e.target.value)) || 1))
            setDays(value)
            window.localStorage.setItem(KEY, String(value))
          }}
        />
      </div>
      {stale.length === 0 ? (
        <p className="muted">Nothing has gone quiet for that long.</p>
      ) : (
        <ul className="stale-list">
          {stale.map(({ skill, idle }) => (
            <li key={skill.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => nav.go({ screen: 'skill', id: skill.id })}
              >
                {skill.name}
              </button>
              <span className="muted">{idle} days</span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  )
}
