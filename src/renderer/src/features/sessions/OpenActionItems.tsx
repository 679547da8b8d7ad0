import { useMemo } from 'react'
import { sessionTitle } from '../../../../shared/domain/session'
import { useNavigation } from '../../app/navigation'
import { messageOf } from '../../lib/client'
import { formatShortDate, localToday } from '../../lib/dates'
import { useSetActionItemDoneMutation } from './mutations'
import { useOpenActionItems, useSessions } from './queries'

/** On the home screen: open action items across sessions, overdue first; ticking one saves it at once. */
export function OpenActionItems() {
  const sessions = useSessions()
  const items = useOpenActionItems()
  const setDone = useSetActionItemDoneMutation()
  const nav = useNavigation()
  const today = localToday()
  const sorted = useMemo(
    () =>
      [...(items.data ?? [])].sort((a, b) => {
        const ad = a.item.due ?? '9999-12-31'
        const bd = b.item.due ?? '9999-12-31'
        return ad === bd ? (a.sessionDate < b.sessionDate ? 1 : -1) : ad < bd ? -1 : 1
      }),
    [items.data],
  )
  // An empty journal gets the home screen's welcome instead.
  if (sessions.data?.length === 0) return null
  return (
    <section className="card" aria-labelledby="open-items-title">
      <div className="card-header">
        <h2 id="open-items-title">Open action items</h2>
      </div>
      {setDone.isError && (
        <p className="field-error" role="alert">
          {messageOf(setDone.error)}
        </p>
      )}
      {sorted.length === 0 ? (
        <p className="muted">Nothing open. Well done.</p>
      ) : (
        <ul className="open-items">
          {sorted.slice(0, 12).map(({ sessionId, sessionTitle: title, sessionDate, item }) => {
            const overdue = item.due !== null && item.due < today
            return (
              <li key={item.id}>
                <input
                  type="checkbox"
                  aria-label={`Mark done: ${item.text}`}
                  checked={false}
                  onChange={() => setDone.mutate({ sessionId, itemId: item.id, done: true })}
                />
                <div>
                  <span>{item.text}</span>
                  <button
                    type="button"
                    className="link-button small"
                    onClick={() => nav.go({ screen: 'session', id: sessionId })}
                  >
                    {sessionTitle({ title })} · {formatShortDate(sessionDate)}
                  </button>
                </div>
                {item.due && (
                  <span className={overdue ? 'badge danger' : 'badge subtle'}>
                    {overdue ? 'Overdue · ' : 'Due '}
                    {formatShortDate(item.due)}
                  </span>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
