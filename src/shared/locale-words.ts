/**
 * Dates and numbers in the user's locale, for both sides: the renderer's screens (lib/dates.ts) and the
 * report main writes (export/period.ts). One module, so a date or a count reads the same on screen and
 * on paper. Everything goes through Intl; no month name or separator is written by hand. Formatters
 * are made once per locale: an Intl formatter costs far more to make than to use.
 */

export interface LocaleWords {
  /** The locale it writes in, as Intl resolved it ("en-GB"). */
  locale: string
  /** "3 November 2026" (en-GB), "November 3, 2026" (en-US): a calendar date, whatever the time zone. */
  date(date: string): string
  /** "Tuesday, 3 November 2026". */
  longDate(date: string): string
  /** "3 Nov 2026". */
  shortDate(date: string): string
  /** "November 2026". */
  month(yearMonth: string): string
  /** "Nov", or "Nov 2026" for January and when asked (a chart's axis). */
  shortMonth(yearMonth: string, withYear?: boolean): string
  /** A date badge's parts: "Tue", "3", "Nov". */
  dayParts(date: string): { weekday: string; day: string; month: string }
  /** "1,234" (en), "1 234" (fr); with `fractionDigits`, at most that many decimals ("1.5"). */
  number(value: number, fractionDigits?: number): string
}

function ymd(date: string): [number, number, number] {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return [y, m, d]
}

/** A calendar date as the UTC midnight that every formatter here reads in UTC: no zone can shift its day. */
const utcDay = (date: string) => {
  const [y, m, d] = ymd(date)
  return new Date(Date.UTC(y, m - 1, d))
}

const cache = new Map<string, LocaleWords>()

/** The words of `locale`; without one, the runtime's own (the system's language). */
export function localeWords(locale?: string): LocaleWords {
  const key = locale ?? ''
  const known = cache.get(key)
  if (known) return known
  const make = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })
  const long = make({ day: 'numeric', month: 'long', year: 'numeric' })
  const withWeekday = make({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
  const short = make({ day: 'numeric', month: 'short', year: 'numeric' })
  const monthYear = make({ month: 'long', year: 'numeric' })
  const shortMonth = make({ month: 'short' })
  const shortMonthYear = make({ month: 'short', year: 'numeric' })
  const weekday = make({ weekday: 'short' })
  const dayOnly = make({ day: 'numeric' })
  const numbers = new Map<number, Intl.NumberFormat>()
  const numberFormat = (digits: number) => {
    let format = numbers.get(digits)
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })
      numbers.set(digits, format)
    }
    return format
  }
  const words: LocaleWords = {
    locale: long.resolvedOptions().locale,
    date: (date) => long.format(utcDay(date)),
    longDate: (date) => withWeekday.format(utcDay(date)),
    shortDate: (date) => short.format(utcDay(date)),
    month: (yearMonth) => monthYear.format(utcDay(`${yearMonth}-01`)),
    shortMonth(yearMonth, withYear = false) {
      const january = yearMonth.endsWith('-01')
      return (withYear || january ? shortMonthYear : shortMonth).format(utcDay(`${yearMonth}-01`))
    },
    dayParts(date) {
      const day = utcDay(date)
      return { weekday: weekday.format(day), day: dayOnly.format(day), month: shortMonth.format(day) }
    },
    number: (value, fractionDigits = 0) => numberFormat(fractionDigits).format(value),
  }
  cache.set(key, words)
  return words
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>()

/**
 * The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`; the runtime's own zone when undefined
 * (not cached: it follows TZ, which may change while Tandem runs). Throws RangeError for an unknown zone.
 */
export function dayIn(instant: Date, timeZone?: string): string {
  const make = () =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  let format = timeZone === undefined ? make() : dayFormatters.get(timeZone)
  if (!format) {
    format = make()
    if (timeZone !== undefined) dayFormatters.set(timeZone, format)
  }
  const parts = format.formatToParts(instant)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${get('year')}-${get('month')}-${get('day')}`
}
