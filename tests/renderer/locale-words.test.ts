import { describe, expect, it } from 'vitest'
import {
  formatDayOfMonth,
  formatLongDate,
  formatMonth,
  formatNumber,
  formatShortDate,
} from '../../src/renderer/src/lib/dates'
import { localeWords } from '../../src/shared/locale-words'

describe('the screens’ dates and numbers', () => {
  it('are the report’s formatter, in the system’s language', () => {
    const system = localeWords()
    expect(formatShortDate('2026-11-03')).toBe(system.shortDate('2026-11-03'))
    expect(formatLongDate('2026-11-03')).toBe(system.longDate('2026-11-03'))
    expect(formatMonth('2026-11')).toBe(system.month('2026-11'))
    expect(formatDayOfMonth('2026-11-03')).toEqual(system.dayParts('2026-11-03'))
    expect(formatNumber(1234)).toBe(system.number(1234))
  })
})
