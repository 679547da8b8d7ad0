import { addDays, daysBetween } from '../../shared/domain/common'

/** The YYYY-MM-DD date `months` calendar months after `date`, kept in its month (31 March - 1 month = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

/** Every YYYY-MM from `from` to `to` (both YYYY-MM), oldest first. */
export function monthsFrom(from: string, to: string): string[] {
  const months: string[] = []
  for (let month = from; month <= to; month = addMonths(`${month}-01`, 1).slice(0, 7)) months.push(month)
  return months
}

export { addDays, daysBetween }
