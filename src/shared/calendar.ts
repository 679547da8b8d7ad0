/**
 * Calendar arithmetic on local YYYY-MM-DD dates. Days are counted on the calendar (through UTC, which
 * has no daylight saving), never by adding milliseconds to a local time: a week that crosses a DST
 * change is still seven days.
 */

function toUtcDay(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return Date.UTC(y, m - 1, d) / 86_400_000
}

function fromUtcDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
  return fromUtcDay(toUtcDay(date) + days)
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toUtcDay(to) - toUtcDay(from)
}

/** 0 = Sunday … 6 = Saturday, like Date.getDay(). */
export function weekdayOf(date: string): number {
  return new Date(toUtcDay(date) * 86_400_000).getUTCDay()
}

/** The most recent date on or before `date` that falls on `weekday`. */
export function lastWeekdayOnOrBefore(date: string, weekday: number): string {
  return addDays(date, -((weekdayOf(date) - weekday + 7) % 7))
}

/** The most recent date on or before `date` that is day `day` (1–28) of its month. */
export function lastMonthDayOnOrBefore(date: string, day: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  const pad = (n: number) => String(n).padStart(2, '0')
  if (d >= day) return `${y}-${pad(m)}-${pad(day)}`
  return m === 1 ? `${y - 1}-12-${pad(day)}` : `${y}-${pad(m - 1)}-${pad(day)}`
}
