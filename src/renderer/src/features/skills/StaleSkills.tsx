import { useEffect, useId, useState } from 'react'
import { daysBetween } from '../../../../shared/calendar'
import type { SkillView } from '../../../../shared/domain/skill'
import { useNavigation } from '../../app/navigation'
import { localToday } from '../../lib/dates'
import { useUpdateSettings } from '../settings/mutations'
import { useSettings } from '../settings/queries'
import { lastTouched } from './labels'

/**
 * Skills not practised for a while. The threshold is a journal setting (settings.json), so it stays
 * with the journal through a restore or on another computer.
 */
export function StaleSkills({ skills }: { skills: SkillView[] }) {
  const nav = useNavigation()
  const settings = useSettings()
  const update = useUpdateSettings()
  const saved = settings.data?.journal.staleAfterDays ?? 30
  const [days, setDays] = useState(saved)
  useEffect(() => setDays(saved), [saved])
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
            update.mutate({ journal: { staleAfterDays: value } })
          }}
        />
        {update.isError ? (
          <p className="field-error" role="alert">
            {`The threshold was not saved: ${update.error.message}`}
          </p>
        ) : null}
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
