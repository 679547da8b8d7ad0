export { localToday } from '../../../shared/domain/common'

function parseLocal(date: string): Date {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return new Date(y, m - 1, d)
}

export function formatLongDate(date: string): string {
  return parseLocal(date).toLocaleDateString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
}

export function formatShortDate(date: string): string {
  return parseLocal(date).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })
}

/** A date badge's parts in the user's locale: weekday, day of the month, short month ("Thu", "26", "Nov"). */
export function formatDayOfMonth(date: string): { weekday: string; day: string; month: string } {
  const d = parseLocal(date)
  return {
    weekday: d.toLocaleDateString(undefined, { weekday: 'short' }),
    day: d.toLocaleDateString(undefined, { day: 'numeric' }),
    month: d.toLocaleDateString(undefined, { month: 'short' }),
  }
}

export function formatMonth(yearMonth: string): string {
  return parseLocal(`${yearMonth}-01`).toLocaleDateString(undefined, { month: 'long', year: 'numeric' })
}

export function isBefore(date: string, other: string): boolean {
  return date < other
}

/** Dated items in their given order, grouped by `YYYY-MM` month (groups in order of first appearance). */
export function groupByMonth<T extends { date: string }>(
  items: Iterable<T>,
): Array<[month: string, items: T[]]> {
  const byMonth = new Map<string, T[]>()
  for (const item of items) {
    const month = item.date.slice(0, 7)
    const list = byMonth.get(month)
    if (list) list.push(item)
    else byMonth.set(month, [item])
  }
  return Array.from(byMonth.entries())
}

/** The local day of a moment (an ISO time stamp), as "3 Mar 2026". */
export function formatDayOf(timestamp: string): string {
  return new Date(timestamp).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
}

/** A moment (an ISO time stamp) with its time of day, as "3 Mar 2026, 14:05". */
export function formatMoment(timestamp: string): string {
  return new Date(timestamp).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  })
}

/** A month's short name for a chart's axis ("Nov"); January and `withYear` add the year ("Jan 2026"). */
export function formatShortMonth(yearMonth: string, withYear = false): string {
  const january = yearMonth.endsWith('-01')
  return parseLocal(`${yearMonth}-01`).toLocaleDateString(undefined, {
    month: 'short',
    ...(january || withYear ? { year: 'numeric' } : {}),
  })
}
