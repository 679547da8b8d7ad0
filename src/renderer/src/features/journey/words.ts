import type { JourneyDay, JourneyMonth } from '../../../../shared/domain/journey'
import { formatMonth } from '../../lib/dates'
import { countOf, formatNumber } from '../../lib/numbers'

/** Minutes as hours for the charts and tables: 90 -> 1.5. */
export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10

export function hoursText(minutes: number): string {
  return countOf(hoursOf(minutes), 'hour', 'hours')
}

/** The picture's name: the range and the busiest month, so the shape is told as well as drawn. */
export function monthsSummary(months: JourneyMonth[], what: 'sessions' | 'hours'): string {
  const first = months[0]
  const last = months[months.length - 1]
  if (!first || !last) return 'No months to show.'
  const value = (m: JourneyMonth) => (what === 'sessions' ? m.sessions : hoursOf(m.minutes))
  const total = months.reduce((n, m) => n + value(m), 0)
  const range = `${formatMonth(first.month)} to ${formatMonth(last.month)}`
  const unit = (n: number) =>
    what === 'sessions' ? countOf(n, 'session', 'sessions') : countOf(n, 'hour', 'hours')
  if (total === 0) return `${range}: no ${what} yet.`
  const busiest = months.reduce((best, m) => (value(m) > value(best) ? m : best), first)
  return `${range}: ${unit(Math.round(total * 10) / 10)} in all, the most in ${formatMonth(busiest.month)} (${unit(value(busiest))}).`
}

export interface HeatMonth {
  month: string
  sessions: number
  reflections: number
  practice: number
  activeDays: number
}

/** The heatmap's table: one row a month (365 rows would be no help), oldest first. */
export function heatByMonth(from: string, to: string, days: JourneyDay[]): HeatMonth[] {
  const rows = new Map<string, HeatMonth>()
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = nextMonth(month))
    rows.set(month, { month, sessions: 0, reflections: 0, practice: 0, activeDays: 0 })
  for (const d of days) {
    const row = rows.get(d.date.slice(0, 7))
    if (!row) continue
    row.sessions += d.sessions
    row.reflections += d.reflections
    row.practice += d.practice
    if (d.sessions + d.reflections + d.practice > 0) row.activeDays += 1
  }
  return [...rows.values()]
}

function nextMonth(month: string): string {
  const [y = 1970, m = 1] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

export function heatSummary(days: JourneyDay[]): string {
  const total = (key: 'sessions' | 'reflections' | 'practice') => days.reduce((n, d) => n + d[key], 0)
  if (days.length === 0) return 'Nothing written in the last twelve months yet.'
  return `In the last twelve months: ${countOf(days.length, 'day', 'days')} with something written, ${countOf(
    total('sessions'),
    'session',
    'sessions',
  )}, ${countOf(total('reflections'), 'reflection', 'reflections')}, ${countOf(
    total('practice'),
    'practice entry',
    'practice entries',
  )}.`
}

export { formatNumber }
