import { z } from 'zod'

/** Random ids made by main with crypto.randomUUID. */
export const Id = z.string().uuid({ message: 'This id is not valid.' })

/** A calendar date the user picked, in their own time zone: YYYY-MM-DD. */
export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Pick a date (year-month-day).' })
  .refine(isRealCalendarDate, { message: 'That date does not exist in the calendar.' })

/** A moment in time, ISO 8601 in UTC. */
export const Timestamp = z.string().datetime({ message: 'This time stamp is not valid.' })

/**
 * True when a YYYY-MM-DD string names a day that exists. It runs for every date on every read of the
 * journal (about 20,000 times when opening 10,000 sessions), so it allocates nothing: splitting and
 * building a Date here was a third of the validation time on open.
 */
export function isRealCalendarDate(value: string): boolean {
  return value.length === 10 && isCalendarDateAt(value, 0)
}

/**
 * True when the 10 characters at `start` are a YYYY-MM-DD day that exists (the store's time stamp
 * check reads the date inside a time stamp this way, without slicing it out).
 */
export function isCalendarDateAt(value: string, start: number): boolean {
  if (value.length < start + 10 || value[start + 4] !== '-' || value[start + 7] !== '-') return false
  const y = digitsAt(value, start, 4)
  const m = digitsAt(value, start + 5, 2)
  const d = digitsAt(value, start + 8, 2)
  // Years before 100 stay out, as they always have (Date.UTC would read them as 19xx).
  if (y < 100 || m < 1 || m > 12 || d < 1) return false
  return d <= daysInMonth(y, m)
}

/** The number written by `length` ASCII digits at `start`, or -1 if any of them is not a digit. */
export function digitsAt(value: string, start: number, length: number): number {
  let n = 0
  for (let i = start; i < start + length; i++) {
    const digit = value.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    n = n * 10 + digit
  }
  return n
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * Day number (days since 1970-01-01) of a YYYY-MM-DD date. Days are counted on the calendar, through
 * UTC, which has no daylight saving: a week that crosses a clock change is still seven days.
 */
function dayNumber(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return Date.UTC(y, m - 1, d) / 86_400_000
}

/** The YYYY-MM-DD date `days` calendar days after `date` (before it when `days` is negative). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10)
}

/** Whole calendar days from `from` to `to`, both YYYY-MM-DD (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** Today's local calendar date as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear()
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/** The first of each text that differs from the others only by case (topics, capture lines). */
export function uniqueIgnoringCase(texts: string[]): string[] {
  const seen = new Set<string>()
  return texts.filter((text) => {
    const key = text.toLocaleLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export const Markdown = (label: string, max = 200_000) =>
  z.string().max(max, { message: `${label} is too long (at most ${max.toLocaleString('en')} characters).` })

export const ShortText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} is too long (at most ${max} characters).` })
