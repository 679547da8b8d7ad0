import { sessionTitle } from '../../../../shared/domain/session'
import { useNavigation } from '../../app/navigation'
import { messageOf } from '../../lib/client'
import { formatShortDate, localToday } from '../../lib/dates'
import { countOf } from '../../lib/numbers'
import { useSetActionItemDoneMutation } from './mutations'
import { useOpenActionItems, useRecentSessions } from './queries'

/**
 * On the home screen: the first open action items across sessions, overdue first (main sorts and
 * limits them), and how many more are open; ticking one saves it at once.
 */
export function OpenActionItems() {
  const recent = useRecentSessions()
  const items = useOpenActionItems()
  const setDone = useSetActionItemDoneMutation()
  const nav = useNavigation()
  const today = localToday()
  const shown = items.data?.items ?? []
  const more = (items.data?.total ?? 0) - shown.length
  // An empty journal gets the home screen's welcome instead.
  if (recent.data?.total === 0) return null
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
      {shown.length === 0 ? (
        <p className="muted">Nothing open. Well done.</p>
      ) : (
        <ul className="open-items">
          {shown.map(({ sessionId, sessionTitle: title, sessionDate, item }) => {
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
      {more > 0 && (
        <p className="muted small">{countOf(more, 'more item is open', 'more items are open')}.</p>
      )}
    </section>
  )
}
