import { afterEach, describe, expect, it } from 'vitest'
import { programWeekAt, viewProgram, weekRange } from '../../src/main/programs/weeks'
import { reviewsDue } from '../../src/main/prompts/reviews'
import { addDays, lastMonthDayOnOrBefore, lastWeekdayOnOrBefore } from '../../src/shared/calendar'
import { localToday } from '../../src/shared/domain/common'
import type { StartedProgram } from '../../src/shared/domain/program'

const originalTz = process.env.TZ
afterEach(() => {
  process.env.TZ = originalTz
})

function program(startDate: string, weeks = 12, partnerId: string | null = null): StartedProgram {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    templateId: 'test',
    name: 'Test',
    summary: 'A test program',
    partnerId,
    startDate,
    weeks: Array.from({ length: weeks }, (_, i) => ({
      week: i + 1,
      theme: `Week ${i + 1}`,
      agenda: [],
      promptsBefore: [],
      promptsAfter: [],
      suggestedGoals: [],
      skipped: false,
      markedDone: false,
    })),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
}

describe('program weeks', () => {
  it('counts weeks on the calendar from the start date', () => {
    expect(programWeekAt('2026-11-02', '2026-11-01')).toBe(0)
    expect(programWeekAt('2026-11-02', '2026-11-02')).toBe(1)
    expect(programWeekAt('2026-11-02', '2026-11-08')).toBe(1)
    expect(programWeekAt('2026-11-02', '2026-11-09')).toBe(2)
    expect(programWeekAt('2026-12-28', '2027-01-04')).toBe(2)
    expect(weekRange('2026-02-23', 1)).toEqual({ start: '2026-02-23', end: '2026-03-01' })
    expect(weekRange('2028-02-23', 1)).toEqual({ start: '2028-02-23', end: '2028-02-29' })
  })

  // Europe springs forward on 29 March 2026, the US on 8 March, Sydney falls back on 5 April; the
  // Pacific pair sit 25 hours apart. `offsets` are the zone's UTC offsets at the start and at `instant`,
  // checked so the test proves the time zone really was in force.
  const cases: Array<{
    tz: string
    start: string
    instant: [number, number, number, number, number]
    offsets: [number, number]
  }> = [
    { tz: 'Europe/Berlin', start: '2026-03-23', instant: [2026, 2, 30, 0, 30], offsets: [-60, -120] },
    { tz: 'America/New_York', start: '2026-03-02', instant: [2026, 2, 9, 0, 15], offsets: [300, 240] },
    { tz: 'Australia/Sydney', start: '2026-03-30', instant: [2026, 3, 6, 0, 10], offsets: [-660, -600] },
    { tz: 'Pacific/Kiritimati', start: '2026-11-23', instant: [2026, 10, 30, 0, 5], offsets: [-840, -840] },
    { tz: 'Pacific/Pago_Pago', start: '2026-11-23', instant: [2026, 10, 30, 23, 55], offsets: [660, 660] },
  ]
  for (const { tz, start, instant, offsets } of cases) {
    it(`starts week 2 on the eighth calendar day in ${tz}, across DST`, () => {
      process.env.TZ = tz
      const [y, m, d, h, min] = instant
      const [sy = 0, sm = 1, sd = 1] = start.split('-').map(Number)
      const startMidnight = new Date(sy, sm - 1, sd)
      const now = new Date(y, m, d, h, min)
      expect([startMidnight.getTimezoneOffset(), now.getTimezoneOffset()]).toEqual(offsets)
      const today = localToday(now)
      expect(today).toBe(addDays(start, 7))
      expect(programWeekAt(start, today)).toBe(2)
      // Counting milliseconds from local midnight would be off by the DST hour here.
      const yesterday = localToday(new Date(y, m, d - 1, 23, 59))
      expect(programWeekAt(start, yesterday)).toBe(1)
    })
  }

  it('marks a week done when a session is logged in it, or by hand; skipped weeks stay skipped', () => {
    const p = program('2026-11-02', 4, 'aaaaaaaa-0000-4000-8000-000000000001')
    const w3 = p.weeks[2]
    if (w3) w3.skipped = true
    const view = viewProgram(p, '2026-11-24', [
      { id: 's1', date: '2026-11-04', partnerId: 'aaaaaaaa-0000-4000-8000-000000000001' },
      { id: 's2', date: '2026-11-10', partnerId: 'bbbbbbbb-0000-4000-8000-000000000002' },
    ])
    expect(view.weeks.map((w) => w.status)).toEqual(['done', 'missed', 'skipped', 'current'])
    expect(view.weeks[0]?.sessionIds).toEqual(['s1'])
    expect(view.currentWeek).toBe(4)
    expect(view.endDate).toBe('2026-11-29')
    expect(view.progress).toEqual({ done: 1, skipped: 1, total: 4 })
    const w2 = p.weeks[1]
    if (w2) w2.markedDone = true
    expect(viewProgram(p, '2026-11-24', []).weeks[1]?.status).toBe('done')
  })

  it('has no current week before the start or after the end', () => {
    expect(viewProgram(program('2026-11-02', 2), '2026-11-01', []).currentWeek).toBeNull()
    const after = viewProgram(program('2026-11-02', 2), '2026-11-16', [])
    expect(after.currentWeek).toBeNull()
    expect(after.finished).toBe(true)
  })
})

describe('reviews due', () => {
  const settings = { weekly: { enabled: true, weekday: 5 }, monthly: { enabled: true, day: 1 } }

  it('finds the last scheduled day', () => {
    expect(lastWeekdayOnOrBefore('2026-11-27', 5)).toBe('2026-11-27')
    expect(lastWeekdayOnOrBefore('2026-11-26', 5)).toBe('2026-11-20')
    expect(lastMonthDayOnOrBefore('2026-11-27', 1)).toBe('2026-11-01')
    expect(lastMonthDayOnOrBefore('2026-01-10', 15)).toBe('2025-12-15')
  })

  it('is due from the scheduled day until a review is written', () => {
    const none = { weekly: [], monthly: [] }
    expect(reviewsDue('2026-11-28', settings, '2026-10-01', none)).toEqual([
      { kind: 'weekly', since: '2026-11-27' },
      { kind: 'monthly', since: '2026-11-01' },
    ])
    expect(
      reviewsDue('2026-11-28', settings, '2026-10-01', { weekly: ['2026-11-27'], monthly: ['2026-11-02'] }),
    ).toEqual([])
    expect(
      reviewsDue('2026-11-28', settings, '2026-10-01', { weekly: ['2026-11-26'], monthly: [] }),
    ).toHaveLength(2)
  })

  it('does not nag about days up to the day the user started, nor when turned off', () => {
    expect(reviewsDue('2026-11-28', settings, '2026-11-27', { weekly: [], monthly: [] })).toEqual([])
    expect(reviewsDue('2026-12-04', settings, '2026-11-27', { weekly: [], monthly: [] })).toEqual([
      { kind: 'weekly', since: '2026-12-04' },
      { kind: 'monthly', since: '2026-12-01' },
    ])
    const off = { weekly: { enabled: false, weekday: 5 }, monthly: { enabled: false, day: 1 } }
    expect(reviewsDue('2026-11-28', off, '2026-01-01', { weekly: [], monthly: [] })).toEqual([])
  })
})
