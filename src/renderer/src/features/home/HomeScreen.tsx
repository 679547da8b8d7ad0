import { newSessionRoute, useNavigation } from '../../app/navigation'
import { useSlot } from '../../app/slots'
import { formatShortDate, localToday } from '../../lib/dates'
import { EmptyState } from '../../ui/EmptyState'
import { useSessions } from '../sessions/queries'

function greeting(now: Date): string {
  const hour = now.getHours()
  if (hour < 12) return 'Good morning'
  if (hour < 18) return 'Good afternoon'
  return 'Good evening'
}

/** The greeting, a welcome for an empty journal, and the cards features put in the home-widgets slot. */
export function HomeScreen() {
  const sessions = useSessions()
  const nav = useNavigation()
  const widgets = useSlot('home.widgets')
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
        {/* Recent sessions and open action items, then cards that help from the first day on (prompt of the day, programs…). */}
        {widgets.map(({ id, Component }) => (
          <Component key={id} />
        ))}
      </div>
    </div>
  )
}
