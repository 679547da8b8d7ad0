import { formatDayOfMonth, formatLongDate } from '../lib/dates'

/**
 * Weekday, day of the month and month at the start of a dated row. A screen reader hears the whole
 * date instead; the row's name is its visible text (so voice control can say what it sees).
 */
export function DateBadge({ date }: { date: string }) {
  const { weekday, day, month } = formatDayOfMonth(date)
  return (
    <span className="date-badge">
      <span className="weekday" aria-hidden="true">
        {weekday}
      </span>
      <span className="day" aria-hidden="true">
        {day}
      </span>
      <span className="month" aria-hidden="true">
        {month}
      </span>
      <span className="visually-hidden">{formatLongDate(date)}</span>
    </span>
  )
}
