import { describe, expect, test } from 'vitest'
import { inPeriod, localDateIn, resolvePeriod } from '../../src/main/export/period'

const at = (iso: string) => new Date(iso)

describe('report periods', () => {
  test('last month is the whole previous calendar month, also across a new year', () => {
    expect(
      resolvePeriod({ kind: 'last-month', from: null, to: null }, at('2026-03-10T12:00:00Z'), 'UTC'),
    ).toMatchObject({ from: '2026-02-01', to: '2026-02-28', label: 'February 2026' })
    expect(
      resolvePeriod({ kind: 'last-month', from: null, to: null }, at('2026-01-05T12:00:00Z'), 'UTC'),
    ).toMatchObject({ from: '2025-12-01', to: '2025-12-31' })
    expect(
      resolvePeriod({ kind: 'last-month', from: null, to: null }, at('2024-03-01T12:00:00Z'), 'UTC'),
    ).toMatchObject({ from: '2024-02-01', to: '2024-02-29' })
  })

  test('the last 3 months roll back from today, across a new year and to shorter months', () => {
    // On 1 December: September, October and November are in (issue 11: the calendar quarter left out two).
    expect(
      resolvePeriod({ kind: 'last-3-months', from: null, to: null }, at('2026-12-01T12:00:00Z'), 'UTC'),
    ).toMatchObject({ from: '2026-09-01', to: '2026-12-01' })
    expect(
      resolvePeriod({ kind: 'last-3-months', from: null, to: null }, at('2026-02-15T12:00:00Z'), 'UTC'),
    ).toMatchObject({ from: '2025-11-15', to: '2026-02-15' })
    expect(
      resolvePeriod({ kind: 'last-3-months', from: null, to: null }, at('2026-05-31T12:00:00Z'), 'UTC'),
    ).toMatchObject({ from: '2026-02-28', to: '2026-05-31' })
  })

  test('last quarter is the previous calendar quarter', () => {
    expect(
      resolvePeriod({ kind: 'last-quarter', from: null, to: null }, at('2026-05-20T12:00:00Z'), 'UTC'),
    ).toMatchObject({ from: '2026-01-01', to: '2026-03-31' })
    expect(
      resolvePeriod({ kind: 'last-quarter', from: null, to: null }, at('2026-02-01T12:00:00Z'), 'UTC'),
    ).toMatchObject({ from: '2025-10-01', to: '2025-12-31' })
  })

  test('this year runs from 1 January to today; all time is open at both ends; custom keeps its dates', () => {
    expect(
      resolvePeriod({ kind: 'this-year', from: null, to: null }, at('2026-11-27T12:00:00Z'), 'UTC'),
    ).toMatchObject({ from: '2026-01-01', to: '2026-11-27', label: '1 January 2026 – 27 November 2026' })
    expect(resolvePeriod({ kind: 'all-time', from: null, to: null }, at('2026-11-27T12:00:00Z'))).toEqual({
      from: null,
      to: null,
      label: 'All time',
    })
    expect(
      resolvePeriod({ kind: 'custom', from: '2026-02-03', to: '2026-02-03' }, at('2026-11-27T12:00:00Z')),
    ).toEqual({ from: '2026-02-03', to: '2026-02-03', label: '3 February 2026' })
  })

  test("the user's time zone decides which day, month and year it is", () => {
    // 02:00 UTC on New Year's Day is still 31 December in New York, and already 1 January in Tokyo.
    const instant = at('2026-01-01T02:00:00Z')
    expect(localDateIn(instant, 'America/New_York')).toBe('2025-12-31')
    expect(localDateIn(instant, 'Asia/Tokyo')).toBe('2026-01-01')
    expect(
      resolvePeriod({ kind: 'this-year', from: null, to: null }, instant, 'America/New_York'),
    ).toMatchObject({
      from: '2025-01-01',
      to: '2025-12-31',
    })
    expect(
      resolvePeriod({ kind: 'last-month', from: null, to: null }, instant, 'America/New_York'),
    ).toMatchObject({
      from: '2025-11-01',
      to: '2025-11-30',
    })
    expect(resolvePeriod({ kind: 'last-month', from: null, to: null }, instant, 'Asia/Tokyo')).toMatchObject({
      from: '2025-12-01',
      to: '2025-12-31',
    })
  })

  test('both ends of a period are included', () => {
    const period = { from: '2026-02-01', to: '2026-02-28', label: '' }
    expect(inPeriod('2026-02-01', period)).toBe(true)
    expect(inPeriod('2026-02-28', period)).toBe(true)
    expect(inPeriod('2026-01-31', period)).toBe(false)
    expect(inPeriod('2026-03-01', period)).toBe(false)
    expect(inPeriod('1999-01-01', { from: null, to: null, label: '' })).toBe(true)
  })
})

describe('report dates in the user’s locale', () => {
  test('one formatter per locale, through Intl, whatever the time zone', async () => {
    const { dateWords } = await import('../../src/main/export/period')
    expect(dateWords('en-GB').date('2026-11-03')).toBe('3 November 2026')
    expect(dateWords('en-US').date('2026-11-03')).toBe('November 3, 2026')
    expect(dateWords('de-DE').date('2026-11-03')).toBe('3. November 2026')
    expect(dateWords('fr-FR').month('2026-02')).toBe('février 2026')
    expect(dateWords('en-US')).toBe(dateWords('en-US'))
    // Period labels follow the same words.
    expect(
      resolvePeriod(
        { kind: 'last-month', from: null, to: null },
        at('2026-03-10T12:00:00Z'),
        'UTC',
        dateWords('de-DE'),
      ).label,
    ).toBe('Februar 2026')
  })
})

describe('the report’s locale through the router', () => {
  test('a known locale writes the period in it; anything else is refused in words', async () => {
    const { engine, errorOf, reportOptions } = await import('./export-helpers')
    const { tandem } = await engine('2026-03-10T12:00:00Z')
    const preview = await tandem.router.handle('export:preview', { ...reportOptions, locale: 'de-DE' })
    expect(preview).toMatchObject({ ok: true, value: { periodLabel: 'Februar 2026' } })
    const refused = await tandem.router.handle('export:preview', {
      ...reportOptions,
      locale: 'not a language!',
    })
    expect(errorOf(refused).message).toBe('Unknown language.')
    await tandem.close()
  })
})
