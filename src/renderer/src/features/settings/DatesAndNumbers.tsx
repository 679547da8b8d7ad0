import { useId } from 'react'
import { formatLongDate, localToday } from '../../lib/dates'
import { formatNumber, systemLocaleName } from '../../lib/numbers'

/** Shows that dates and numbers follow the system's format, with today's date and a number as examples. */
export function DatesAndNumbers() {
  const id = useId()
  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Dates and numbers</h2>
      <p>{`Dates and numbers follow your system's format (${systemLocaleName()}).`}</p>
      <dl className="settings-examples">
        <div>
          <dt>Today</dt>
          <dd>{formatLongDate(localToday())}</dd>
        </div>
        <div>
          <dt>A number</dt>
          <dd>{formatNumber(1234.5)}</dd>
        </div>
      </dl>
      <p className="muted small">To change them, change the language and region of your system.</p>
    </section>
  )
}
