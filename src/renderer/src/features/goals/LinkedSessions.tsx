import { useId } from 'react'
import type { Goal } from '../../../../shared/domain/goal'
import { sessionTitle } from '../../../../shared/domain/session'
import { useNavigation } from '../../app/navigation'
import { messageOf } from '../../lib/client'
import { formatShortDate } from '../../lib/dates'
import { useSessionSummaries } from '../sessions/queries'
import { useLinkSessionMutation } from './mutations'

/** The sessions that worked on this goal, newest first; each can be opened or unlinked. */
export function LinkedSessions({ goal }: { goal: Goal }) {
  const id = useId()
  const nav = useNavigation()
  // Only the linked sessions' rows, not the whole journal.
  const sessions = useSessionSummaries(goal.sessionIds)
  const link = useLinkSessionMutation()
  const linked = goal.sessionIds.length === 0 ? [] : (sessions.data ?? [])
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="card-header">
        <h2 id={`${id}-title`}>Sessions that worked on it</h2>
      </div>
      {link.isError && (
        <p className="field-error" role="alert">
          {messageOf(link.error)}
        </p>
      )}
      {linked.length === 0 ? (
        <p className="muted">No session linked yet. Link one from the session’s page.</p>
      ) : (
        <ul className="linked-sessions" aria-label="Linked sessions">
          {linked.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => nav.go({ screen: 'session', id: s.id })}
              >
                {sessionTitle(s)}
              </button>
              <span className="muted small">{formatShortDate(s.date)}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Unlink ${sessionTitle(s)}`}
                onClick={() => link.mutate({ goalId: goal.id, sessionId: s.id, link: false })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
