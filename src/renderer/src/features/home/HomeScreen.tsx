import { newSessionRoute, useNavigation } from '../../app/navigation'
import { useSlot } from '../../app/slots'
import { formatShortDate, localToday } from '../../lib/dates'
import { FirstRun } from './FirstRun'

function greeting(now: Date): string {
  const hour = now.getHours()
  if (hour < 12) return 'Good morning'
  if (hour < 18) return 'Good afternoon'
  return 'Good evening'
}

/** The greeting, the first-run start until the journal has begun, and the cards features put in the home-widgets slot. */
export function HomeScreen() {
  const nav = useNavigation()
  const widgets = useSlot('home.widgets')

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
      <FirstRun />
      <div className="home-grid">
        {/* Recent sessions and open action items, then cards that help from the first day on (prompt of the day, programs…). */}
        {widgets.map(({ id, Component }) => (
          <Component key={id} />
        ))}
      </div>
    </div>
  )
}
