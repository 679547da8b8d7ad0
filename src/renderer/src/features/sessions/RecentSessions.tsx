import { useNavigation } from '../../app/navigation'
import { usePartnerById } from '../partners/queries'
import { useRecentSessions } from './queries'
import { SessionRow } from './SessionRow'

/** On the home screen: the five newest sessions. */
export function RecentSessions() {
  const recent = useRecentSessions()
  const nav = useNavigation()
  const partnerById = usePartnerById()
  // An empty journal gets the home screen's welcome instead.
  if (recent.data?.total === 0) return null
  return (
    <section className="card" aria-labelledby="recent-title">
      <div className="card-header">
        <h2 id="recent-title">Recent sessions</h2>
        <button type="button" className="link-button" onClick={() => nav.go({ screen: 'sessions' })}>
          See all
        </button>
      </div>
      <ul className="session-list compact">
        {(recent.data?.items ?? []).map((s) => (
          <SessionRow
            key={s.id}
            session={s}
            partner={s.partnerId ? partnerById.get(s.partnerId) : undefined}
          />
        ))}
      </ul>
    </section>
  )
}
