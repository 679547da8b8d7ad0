import { localeWords } from '../../../shared/locale-words'

export { localToday } from '../../../shared/domain/common'

/** The system's language: the words the report uses too (shared/locale-words.ts), in the screen's locale. */
const words = () => localeWords()

export const formatLongDate = (date: string): string => words().longDate(date)

export const formatShortDate = (date: string): string => words().shortDate(date)

/** A date badge's parts in the user's locale: weekday, day of the month, short month ("Thu", "26", "Nov"). */
export const formatDayOfMonth = (date: string) => words().dayParts(date)

export const formatMonth = (yearMonth: string): string => words().month(yearMonth)

/** A count in the user's locale ("1,234"). */
export const formatNumber = (value: number, fractionDigits = 0): string =>
  words().number(value, fractionDigits)

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
export const formatShortMonth = (yearMonth: string, withYear = false): string =>
  words().shortMonth(yearMonth, withYear)
