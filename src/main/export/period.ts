import type { PeriodChoice } from '../../shared/contract/export'

/** A report's period as calendar dates in the user's time zone; null ends are open. Both ends are included. */
export interface ResolvedPeriod {
  from: string | null
  to: string | null
  label: string
}

/**
 * One formatter per named time zone: building an Intl.DateTimeFormat costs far more than using one,
 * and a report asks for a date per goal, milestone and skill. The process's own zone is not kept, as
 * it follows TZ, which may change while Tandem runs.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const make = () =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  if (timeZone === undefined) return make()
  let format = formatters.get(timeZone)
  if (!format) {
    format = make()
    formatters.set(timeZone, format)
  }
  return format
}

/** The calendar date an instant falls on in `timeZone` (the process's own zone when undefined). */
export function localDateIn(instant: Date, timeZone?: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${get('year')}-${get('month')}-${get('day')}`
}

const pad = (n: number) => String(n).padStart(2, '0')

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function ymd(date: string): [number, number, number] {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return [y, m, d]
}

/** How the report writes dates: in the user's locale, through Intl (no hand-written month names). */
export interface DateWords {
  /** "3 November 2026" (en-GB), "November 3, 2026" (en-US): a calendar date, whatever the time zone. */
  date(date: string): string
  /** "November 2026". */
  month(yearMonth: string): string
  /** "Nov", or "Nov 2026" for January and when asked (a chart's axis). */
  shortMonth(yearMonth: string, withYear?: boolean): string
}

/** The locale a report is written in when the caller names none (unit tests, old callers). */
export const DEFAULT_REPORT_LOCALE = 'en-GB'

const wordsByLocale = new Map<string, DateWords>()

/** The date words of `locale`, built once per locale: an Intl.DateTimeFormat costs far more to make than to use. */
export function dateWords(locale: string = DEFAULT_REPORT_LOCALE): DateWords {
  const known = wordsByLocale.get(locale)
  if (known) return known
  const long = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
  const monthYear = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' })
  const shortMonth = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short' })
  const shortMonthYear = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', year: 'numeric' })
  const words: DateWords = {
    date(date) {
      const [y, m, d] = ymd(date)
      return long.format(new Date(Date.UTC(y, m - 1, d)))
    },
    month(yearMonth) {
      const [y, m] = ymd(`${yearMonth}-01`)
      return monthYear.format(new Date(Date.UTC(y, m - 1, 1)))
    },
    shortMonth(yearMonth, withYear = false) {
      const [y, m] = ymd(`${yearMonth}-01`)
      const format = withYear || m === 1 ? shortMonthYear : shortMonth
      return format.format(new Date(Date.UTC(y, m - 1, 1)))
    },
  }
  wordsByLocale.set(locale, words)
  return words
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
