import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dayIn, localeWords } from '../../src/shared/locale-words'
import { addSession, answerOf, engine, reportOptions } from './export-helpers'

describe('one set of words for the screens and the report', () => {
  it('writes dates and numbers in the locale it is given', () => {
    expect(localeWords('en-GB').date('2026-11-03')).toBe('3 November 2026')
    expect(localeWords('en-US').date('2026-11-03')).toBe('November 3, 2026')
    expect(localeWords('de-DE').date('2026-11-03')).toBe('3. November 2026')
    expect(localeWords('en-GB').shortMonth('2026-01')).toBe('Jan 2026')
    expect(localeWords('en-GB').shortMonth('2026-02')).toBe('Feb')
    expect(localeWords('en-US').number(12345)).toBe('12,345')
    expect(localeWords('de-DE').number(12345)).toBe('12.345')
    expect(localeWords('de-DE').number(1.5, 1)).toBe('1,5')
    expect(localeWords('fr-FR').number(1.25, 1)).toBe('1,3')
  })

  it('keeps a calendar date on its day whatever the zone the process runs in', () => {
    // The first of the month is the first in every zone: the words read it at UTC midnight in UTC.
    expect(localeWords('en-GB').dayParts('2026-03-01')).toEqual({ weekday: 'Sun', day: '1', month: 'Mar' })
    expect(dayIn(new Date('2026-03-01T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-02-28')
  })

  it('writes the report’s counts and hours in the report’s locale', async () => {
    const { tandem, outDir } = await engine('2026-11-10T12:00:00Z', {})
    const sam = answerOf<{ id: string }>(
      await tandem.router.handle('partners:create', { name: 'Sam', direction: 'they-mentor-me' }),
    )
    await addSession(tandem, { date: '2026-10-02', partnerId: sam.id, durationMinutes: 90, title: 'One' })
    const result = answerOf<{ path: string }>(
      await tandem.router.handle('export:markdown', {
        ...reportOptions,
        locale: 'de-DE',
        layout: 'single-file',
      }),
    )
    const text = await readFile(result.path.endsWith('.md') ? result.path : join(outDir, result.path), 'utf8')
    expect(text).toContain('1,5 hours')
    expect(text).toContain('| Sam | 1 | 1,5 |')
    expect(text).toContain('2. Oktober 2026')
    await tandem.close()
  })
})
