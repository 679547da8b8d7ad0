import type { PeriodChoice } from '../../shared/contract/export'
import { dayIn, type LocaleWords, localeWords } from '../../shared/locale-words'

/** A report's period as calendar dates in the user's time zone; null ends are open. Both ends are included. */
export interface ResolvedPeriod {
  from: string | null
  to: string | null
  label: string
}

/** The calendar date an instant falls on in `timeZone` (the process's own zone when undefined). */
export const localDateIn = (instant: Date, timeZone?: string): string => dayIn(instant, timeZone)

const pad = (n: number) => String(n).padStart(2, '0')

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function ymd(date: string): [number, number, number] {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return [y, m, d]
}

/** How the report writes dates and numbers: the user's locale, through the formatter the screens use too. */
export type DateWords = LocaleWords

/** The locale a report is written in when the caller names none (unit tests, old callers). */
export const DEFAULT_REPORT_LOCALE = 'en-GB'

export function dateWords(locale: string = DEFAULT_REPORT_LOCALE): DateWords {
  return localeWords(locale)
}

function rangeLabel(from: string, to: string, words: DateWords): string {
  return from === to ? words.date(from) : `${words.date(from)} – ${words.date(to)}`
}

/** Works out the dates of a period from "now" as the user's calendar shows it. */
export function resolvePeriod(
  choice: PeriodChoice,
  now: Date,
  timeZone?: string,
  words: DateWords = dateWords(),
): ResolvedPeriod {
  const today = localDateIn(now, timeZone)
  const [year, month] = ymd(today)
  switch (choice.kind) {
    case 'last-3-months': {
      // Rolling: from the same day three months ago up to today, so on 1 December it covers
      // September, October and November (the calendar quarter would stop at September).
      const back = month <= 3 ? { y: year - 1, m: month + 9 } : { y: year, m: month - 3 }
      const day = Math.min(Number(today.slice(8, 10)), lastDayOfMonth(back.y, back.m))
      const from = `${back.y}-${pad(back.m)}-${pad(day)}`
      return { from, to: today, label: rangeLabel(from, today, words) }
    }
    case 'last-month': {
      const y = month === 1 ? year - 1 : year
      const m = month === 1 ? 12 : month - 1
      const from = `${y}-${pad(m)}-01`
      const to = `${y}-${pad(m)}-${pad(lastDayOfMonth(y, m))}`
      return { from, to, label: words.month(from.slice(0, 7)) }
    }
    case 'last-quarter': {
      const quarter = Math.floor((month - 1) / 3)
      const y = quarter === 0 ? year - 1 : year
      const q = quarter === 0 ? 3 : quarter - 1
      const first = q * 3 + 1
      const from = `${y}-${pad(first)}-01`
      const to = `${y}-${pad(first + 2)}-${pad(lastDayOfMonth(y, first + 2))}`
      return { from, to, label: `Q${q + 1} ${y} (${rangeLabel(from, to, words)})` }
    }
    case 'this-year': {
      const from = `${year}-01-01`
      return { from, to: today, label: rangeLabel(from, today, words) }
    }
    case 'all-time':
      return { from: null, to: null, label: 'All time' }
    case 'custom': {
      const from = choice.from ?? today
      const to = choice.to ?? today
      return { from, to, label: rangeLabel(from, to, words) }
    }
  }
}

export function inPeriod(date: string, period: ResolvedPeriod): boolean {
  return (period.from === null || date >= period.from) && (period.to === null || date <= period.to)
}

/** Every month from `from` to `to` (YYYY-MM-DD or YYYY-MM), both included, as YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  let [y, m] = ymd(`${from.slice(0, 7)}-01`)
  const [ty, tm] = ymd(`${to.slice(0, 7)}-01`)
  const months: string[] = []
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${pad(m)}`)
    if (m === 12) {
      y += 1
      m = 1
    } else {
      m += 1
    }
  }
  return months
}
