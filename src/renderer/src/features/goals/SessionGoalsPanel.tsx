import { useId, useState } from 'react'
import { isOpen } from '../../../../shared/domain/goal-progress'
import { useNavigation } from '../../app/navigation'
import type { SessionPanelProps } from '../../app/slots'
import { messageOf } from '../../lib/client'
import { useLinkSessionMutation } from './mutations'
import { useGoals } from './queries'

/** On the session page: the goals this session worked on, to link and unlink. */
export function SessionGoalsPanel({ sessionId }: SessionPanelProps) {
  const id = useId()
  const nav = useNavigation()
  const goals = useGoals()
  const link = useLinkSessionMutation()
  const [choice, setChoice] = useState('')
  const all = goals.data ?? []
  const linked = sessionId === null ? [] : all.filter((g) => g.sessionIds.includes(sessionId))
  const linkable = all.filter((g) => isOpen(g.status) && !linked.includes(g))

  return (
    <fieldset className="action-items session-goals">
      <legend>Goals this session worked on</legend>
      {sessionId === null ? (
        <p className="muted">
          Write something first; once the session is saved you can link it to your goals.
        </p>
      ) : all.length === 0 ? (
        <p className="muted">
          No goals yet.{' '}
          <button type="button" className="link-button" onClick={() => nav.go({ screen: 'goals' })}>
            Set a goal
          </button>
        </p>
      ) : (
        <>
          {linked.length === 0 && <p className="muted">Not linked to a goal.</p>}
          <ul className="chips" aria-label="Linked goals">
            {linked.map((g) => (
              <li key={g.id} className="chip">
                <button
                  type="button"
                  className="chip-link"
                  onClick={() => nav.go({ screen: 'goal', id: g.id })}
                >
                  {g.title}
                </button>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Unlink ${g.title}`}
                  onClick={() => link.mutate({ goalId: g.id, sessionId, link: false })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          {linkable.length > 0 && (
            <div className="row">
              <label htmlFor={`${id}-goal`} className="visually-hidden">
                Goal to link
              </label>
              <select id={`${id}-goal`} value={choice} onChange={(e) => setChoice(e.target.value)}>
                <option value="">Pick a goal…</option>
                {linkable.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.title}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button"
                disabled={choice === '' || link.isPending}
                onClick={() =>
                  link.mutate({ goalId: choice, sessionId, link: true }, { onSuccess: () => setChoice('') })
                }
              >
                Link goal
              </button>
            </div>
          )}
          {link.isError && (
            <p className="field-error" role="alert">
              {messageOf(link.error)}
            </p>
          )}
        </>
      )}
    </fieldset>
  )
}
