import { describe, expect, it } from 'vitest'
import { isRealCalendarDate, LocalDate } from '../../src/shared/domain/common'

describe('isRealCalendarDate', () => {
  it('accepts days that exist, including 29 February of leap years', () => {
    for (const day of ['2026-01-31', '2026-04-30', '2024-02-29', '2000-02-29', '1999-12-31', '9999-12-31']) {
      expect(isRealCalendarDate(day), day).toBe(true)
    }
  })

  it('rejects days that do not exist', () => {
    for (const day of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']) {
      expect(isRealCalendarDate(day), day).toBe(false)
    }
  })

  it('rejects anything that is not YYYY-MM-DD, and years before 100', () => {
    for (const text of [
      '',
      '2026-1-01',
      '2026-01-011',
      '2026/01/01',
      '2026-0a-01',
      '+026-01-01',
      '0050-01-01',
    ]) {
      expect(isRealCalendarDate(text), text).toBe(false)
    }
  })

  it('gives LocalDate its two messages', () => {
    expect(LocalDate.safeParse('2026-02-30').error?.issues[0]?.message).toBe(
      'That date does not exist in the calendar.',
    )
    expect(LocalDate.safeParse('30.02.2026').error?.issues[0]?.message).toBe('Pick a date (year-month-day).')
  })
})
