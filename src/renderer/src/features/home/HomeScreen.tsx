import { newSessionRoute, useNavigation } from '../../app/navigation'
import { formatShortDate, localToday } from '../../lib/dates'
import { EmptyState } from '../../ui/EmptyState'
import { usePartnerById, useSessions } from '../sessions/queries'
import { SessionRow } from '../sessions/SessionList'
import { OpenActionItems } from './OpenActionItems'
import { homeWidgets } from './widgets'

function greeting(now: Date): string {
  const hour = now.getHours()
  if (hour < 12) return 'Good morning'
  if (hour < 18) return 'Good afternoon'
  return 'Good evening'
}

export function HomeScreen() {
  const sessions = useSessions()
  const nav = useNavigation()
  const partnerById = usePartnerById()
  const recent = (sessions.data ?? []).slice(0, 5)
  const empty = sessions.data?.length === 0

  return (
    <div className="screen home">
      <header className="screen-header">
        <div>
          <h1>{greeting(new Date())}</h1>
          <p className="muted">{formatShortDate(localToday())}</p>
        </div>
        <button type="button" className="button primary" onClick={() => nav.go(newSessionRoute())}>
          New session
        </button>
      </header>
      {empty && (
        <EmptyState
          title="Welcome to Tandem"
          action={
            <button type="button" className="button primary" onClick={() => nav.go(newSessionRoute())}>
              Log your first session
            </button>
          }
        >
          <p>
            A private journal for two-way mentoring: what you learn from your partner, and what you share
            back. Everything stays on this computer.
          </p>
        </EmptyState>
      )}
      <div className="home-grid">
        {!empty && (
          <>
            <section className="card" aria-labelledby="recent-title">
              <div className="card-header">
                <h2 id="recent-title">Recent sessions</h2>
                <button type="button" className="link-button" onClick={() => nav.go({ screen: 'sessions' })}>
                  See all
                </button>
              </div>
              <ul className="session-list compact">
                {recent.map((s) => (
                  <SessionRow
                    key={s.id}
                    session={s}
                    partner={s.partnerId ? partnerById.get(s.partnerId) : undefined}
                  />
                ))}
              </ul>
            </section>
            <OpenActionItems />
          </>
        )}
        {/* Cards from other features (prompt of the day, programs…) help from the first day on. */}
        {homeWidgets.map((Widget, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list of widgets is fixed at build time.
          <Widget key={i} />
        ))}
      </div>
    </div>
  )
}
