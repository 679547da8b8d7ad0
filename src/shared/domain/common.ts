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

export function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number)
  if (y === undefined || m === undefined || d === undefined) return false
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Today's local calendar date as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear()
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

export const Markdown = (label: string, max = 200_000) =>
  z.string().max(max, { message: `${label} is too long (at most ${max.toLocaleString('en')} characters).` })

export const ShortText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} is too long (at most ${max} characters).` })
