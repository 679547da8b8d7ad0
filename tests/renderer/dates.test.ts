import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import {
  formatDayOfMonth,
  formatLongDate,
  formatMonth,
  formatShortDate,
  groupByMonth,
  isBefore,
  localToday,
} from '../../src/renderer/src/lib/dates'

/**
 * The formatters show dates in the user's locale, so the expected words are asked of Intl in that
 * locale, for the day at noon UTC (a route that cannot slip a day). What the tests catch is the day
 * slipping: a YYYY-MM-DD read as UTC midnight is the day before west of Greenwich.
 */
const name = (utcDay: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' }).format(new Date(`${utcDay}T12:00:00Z`))

// Node reads TZ afresh when it changes: each zone below is the user's own for its tests.
const ZONES = ['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati'] as const
afterEach(() => {
  vi.unstubAllEnvs()
})

describe.each(ZONES)('dates for a user in %s', (zone) => {
  beforeEach(() => {
    vi.stubEnv('TZ', zone)
  })

  test('the long date names the weekday, day, month and year the user picked', () => {
    const text = formatLongDate('2026-11-27')
    expect(text).toContain(name('2026-11-27', { weekday: 'long' }))
    expect(text).toContain(name('2026-11-27', { month: 'long' }))
    expect(text).toMatch(/\b27\b/)
    expect(text).toContain('2026')
    expect(text).not.toContain(name('2026-11-26', { weekday: 'long' }))
  })

  test('the short date keeps the day and year, with a short month', () => {
    const text = formatShortDate('2026-03-01')
    expect(text).toContain(name('2026-03-01', { month: 'short' }))
    expect(text).toMatch(/\b1\b/)
    expect(text).toContain('2026')
    expect(text).not.toContain(name('2026-02-28', { month: 'short' }))
  })

  test('the list badge shows the weekday, the day of the month and the month', () => {
    expect(formatDayOfMonth('2026-03-01')).toEqual({
      weekday: name('2026-03-01', { weekday: 'short' }),
      day: name('2026-03-01', { day: 'numeric' }),
      month: name('2026-03-01', { month: 'short' }),
    })
    expect(formatDayOfMonth('2026-03-01').month).not.toBe(formatDayOfMonth('2026-02-28').month)
  })

  test('a month heading names that month, not the one before', () => {
    const text = formatMonth('2026-11')
    expect(text).toContain(name('2026-11-15', { month: 'long' }))
    expect(text).toContain('2026')
    expect(formatMonth('2026-01')).toContain(name('2026-01-15', { month: 'long' }))
    expect(formatMonth('2026-01')).not.toContain('2025')
  })

  test('today is the calendar day on the user’s clock, not in UTC', () => {
    // 05:30 UTC on the 28th is still the 27th in Los Angeles, and already the 28th in Kiritimati.
    const moment = new Date('2026-11-28T05:30:00Z')
    const expected = {
      'America/Los_Angeles': '2026-11-27',
      UTC: '2026-11-28',
      'Pacific/Kiritimati': '2026-11-28',
    }
    expect(localToday(moment)).toBe(expected[zone])
  })
})

describe('ordering dates', () => {
  test('isBefore compares calendar days', () => {
    expect(isBefore('2026-11-26', '2026-11-27')).toBe(true)
    expect(isBefore('2026-11-27', '2026-11-27')).toBe(false)
    expect(isBefore('2027-01-01', '2026-12-31')).toBe(false)
  })

  test('groupByMonth keeps the given order inside and between months', () => {
    const items = [
      { date: '2026-11-27', title: 'Newest' },
      { date: '2026-11-02', title: 'Early November' },
      { date: '2026-10-30', title: 'October' },
      { date: '2026-11-01', title: 'Out of order' },
    ]
    expect(groupByMonth(items).map(([month, list]) => [month, list.map((i) => i.title)])).toEqual([
      ['2026-11', ['Newest', 'Early November', 'Out of order']],
      ['2026-10', ['October']],
    ])
    expect(groupByMonth([])).toEqual([])
  })
})
