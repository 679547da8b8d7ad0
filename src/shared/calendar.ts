/**
 * Calendar arithmetic on local YYYY-MM-DD dates. Days are counted on the calendar (through UTC, which
 * has no daylight saving), never by adding milliseconds to a local time: a week that crosses a DST
 * change is still seven days.
 */

import { addDays, daysBetween } from './domain/common'

export { addDays, daysBetween }

/** 0 = Sunday … 6 = Saturday, like Date.getDay(). */
export function weekdayOf(date: string): number {
  // 1970-01-04 was a Sunday.
  return ((daysBetween('1970-01-04', date) % 7) + 7) % 7
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
