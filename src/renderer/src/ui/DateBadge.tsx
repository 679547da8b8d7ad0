import { formatDayOfMonth } from '../lib/dates'

/** Weekday, day of the month and month at the start of a dated row; the row's label says the date. */
export function DateBadge({ date }: { date: string }) {
  const { weekday, day, month } = formatDayOfMonth(date)
  return (
    <span className="date-badge" aria-hidden="true">
      <span className="weekday">{weekday}</span>
      <span className="day">{day}</span>
      <span className="month">{month}</span>
    </span>
  )
}
