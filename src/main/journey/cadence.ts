import type { Rhythm } from '../../shared/domain/journey'
import { daysBetween } from './dates'

/** Each rhythm with its interval in days and the longest gap that still reads as that rhythm. */
const RHYTHMS: Array<{ rhythm: Rhythm; days: number; words: string }> = [
  { rhythm: 'week', days: 7, words: 'about every week' },
  { rhythm: 'two-weeks', days: 14, words: 'about every two weeks' },
  { rhythm: 'month', days: 30, words: 'about every month' },
]
/** A gap up to this many intervals keeps the rhythm (a week of 7 days: up to 10). */
const ON_TIME = 1.5
/** A gap up to this many intervals is one missed meeting: allowed once per run. */
const ONE_MISSED = 2.5
/** The rhythm is read from the latest gaps, so a pair that changed pace is described as it meets now. */
const RECENT_GAPS = 8

export interface Cadence {
  rhythm: Rhythm | null
  medianGapDays: number | null
  heldSince: string | null
  current: boolean
}

/**
 * The pair's rhythm from session dates (distinct days, oldest first): the median of the latest gaps
 * picks a rhythm, then the run that kept it is walked back from the last session, allowing one
 * missed meeting. Not a daily streak: a missed week does not end it.
 */
export function cadenceOf(dates: string[], today: string): Cadence {
  const gaps = dates.slice(1).map((date, i) => daysBetween(dates[i] ?? date, date))
  if (gaps.length < 2) return { rhythm: null, medianGapDays: null, heldSince: null, current: false }
  const median = medianOf(gaps.slice(-RECENT_GAPS))
  const chosen = RHYTHMS.find((r) => median <= r.days * ON_TIME)
  const last = dates[dates.length - 1] ?? today
  if (!chosen) return { rhythm: null, medianGapDays: median, heldSince: null, current: false }
  let start = dates.length - 1
  let missed = false
  for (let i = gaps.length - 1; i >= 0; i--) {
    const gap = gaps[i] ?? 0
    if (gap > chosen.days * ONE_MISSED) break
    if (gap > chosen.days * ON_TIME) {
      if (missed) break
      missed = true
    }
    start = i
  }
  // A run of one gap is a coincidence, not a rhythm (the latest gap broke the pattern); so is a run
  // shorter than one and a half intervals (five sessions in eight days is not "every week for a week").
  const heldSince = dates[start] ?? last
  if (dates.length - 1 - start < 2 || daysBetween(heldSince, last) < chosen.days * ON_TIME)
    return { rhythm: null, medianGapDays: median, heldSince: null, current: false }
  return {
    rhythm: chosen.rhythm,
    medianGapDays: median,
    heldSince,
    current: daysBetween(last, today) <= chosen.days * ONE_MISSED,
  }
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const value =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return Math.round(value)
}

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
]

function count(n: number, unit: string): string {
  if (n === 1) return `a ${unit}`
  return `${NUMBER_WORDS[n] ?? String(n)} ${unit}s`
}

/** "five months", "six weeks", "a year and two months": how long a run lasted, in words. */
export function lengthInWords(from: string, to: string): string {
  const days = daysBetween(from, to)
  const months = Math.round(days / 30.44)
  if (months < 2) return count(Math.max(1, Math.round(days / 7)), 'week')
  if (months < 12) return count(months, 'month')
  const years = Math.floor(months / 12)
  const rest = months % 12
  return rest === 0 ? count(years, 'year') : `${count(years, 'year')} and ${count(rest, 'month')}`
}

/** The sentence the screen shows for a partner. */
export function cadenceSentence(name: string, sessions: number, cadence: Cadence, last: string): string {
  if (sessions === 1) return `You have met ${name} once so far.`
  if (sessions === 2) return `You have met ${name} twice so far.`
  const rhythm = RHYTHMS.find((r) => r.rhythm === cadence.rhythm)
  if (!rhythm || !cadence.heldSince) {
    const slow = (cadence.medianGapDays ?? 0) > 30 * ON_TIME
    return slow
      ? `You have met ${name} ${sessions} times, less often than once a month.`
      : `You have met ${name} ${sessions} times, not yet at a steady rhythm.`
  }
  const length = lengthInWords(cadence.heldSince, last)
  return cadence.current
    ? `You have met ${name} ${rhythm.words} for ${length}.`
    : `You met ${name} ${rhythm.words} for ${length}; the last time was a while ago.`
}
