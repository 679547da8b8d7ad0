import { useId } from 'react'
import { sessionTitle } from '../../../../shared/domain/session'
import { useNavigation } from '../../app/navigation'
import { formatShortDate } from '../../lib/dates'
import { useSessions } from '../sessions/queries'

/** The sessions where the skill came up, and a picker to link another one. */
export function SkillSessions({
  sessionIds,
  onChange,
}: {
  sessionIds: string[]
  onChange(ids: string[]): void
}) {
  const sessions = useSessions()
  const nav = useNavigation()
  const id = useId()
  const linked = (sessions.data ?? []).filter((s) => sessionIds.includes(s.id))
  const others = (sessions.data ?? []).filter((s) => !sessionIds.includes(s.id))

  return (
    <section className="skill-sessions" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Sessions where it came up</h2>
      {linked.length === 0 ? (
        <p className="muted">Not linked to any session yet.</p>
      ) : (
        <ul>
          {linked.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => nav.go({ screen: 'session', id: s.id })}
              >
                {sessionTitle(s)}
              </button>
              <span className="muted"> · {formatShortDate(s.date)}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Unlink ${sessionTitle(s)}`}
                onClick={() => onChange(sessionIds.filter((x) => x !== s.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-link`}>Link a session</label>
          <select
            id={`${id}-link`}
            value=""
            onChange={(e) => e.target.value !== '' && onChange([...sessionIds, e.target.value])}
          >
            <option value="">Pick a session…</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {formatShortDate(s.date)} — {sessionTitle(s)}
              </option>
            ))}
          </select>
        </div>
      )}
    </section>
  )
}
