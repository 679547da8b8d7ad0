import { describe, expect, test } from 'vitest'
import { pickablePartners } from '../../src/renderer/src/features/partners/queries'
import { withUpdate } from '../../src/renderer/src/features/settings/mutations'
import type { Partner } from '../../src/shared/domain/partner'
import { DEFAULT_DEVICE_SETTINGS, DEFAULT_JOURNAL_SETTINGS } from '../../src/shared/domain/settings'

function partner(name: string, archived: boolean): Partner {
  return {
    id: `id-${name}`,
    name,
    direction: 'both-ways',
    archived,
    nextSessionOn: null,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
  }
}

describe('pickablePartners', () => {
  const sam = partner('Sam', false)
  const jo = partner('Jo', true)

  test('leaves archived partners out of a picker', () => {
    expect(pickablePartners([sam, jo], [null])).toEqual([sam])
  })

  test('keeps an archived partner the record already has, or was opened with', () => {
    expect(pickablePartners([sam, jo], [jo.id])).toEqual([sam, jo])
    expect(pickablePartners([sam, jo], [jo.id, sam.id])).toEqual([sam, jo])
    expect(pickablePartners(undefined, [jo.id])).toEqual([])
  })
})

describe('withUpdate (what Settings shows before main answers)', () => {
  const settings = { journal: DEFAULT_JOURNAL_SETTINGS, device: DEFAULT_DEVICE_SETTINGS }

  test('changes only what is given, reminders field by field', () => {
    const next = withUpdate(settings, {
      journal: { reminders: { enabled: true } },
      device: { theme: 'dark' },
    })
    expect(next.device).toEqual({ ...DEFAULT_DEVICE_SETTINGS, theme: 'dark' })
    expect(next.journal).toEqual({
      staleAfterDays: DEFAULT_JOURNAL_SETTINGS.staleAfterDays,
      reminders: { ...DEFAULT_JOURNAL_SETTINGS.reminders, enabled: true },
    })
    expect(withUpdate(settings, { journal: { staleAfterDays: 12 } }).journal.staleAfterDays).toBe(12)
    expect(withUpdate(settings, {})).toEqual(settings)
  })
})
