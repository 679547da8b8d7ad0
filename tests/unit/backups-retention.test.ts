import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { backupsToKeep, isoWeekOf } from '../../src/main/backups/retention'
import { Journal } from '../../src/main/store/journal'
import type { ShardedFormat } from '../../src/main/store/sharded'
import { addDays } from '../../src/shared/domain/common'
import { tempDir } from './helpers/temp'

describe('ISO weeks', () => {
  it.each([
    ['2026-11-27', '2026-W48'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeekOf(day)).toBe(week)
  })
})

describe('which automatic backups are kept', () => {
  it('keeps 14 days and the newest of each of 8 weeks out of 120 days', () => {
    const days = Array.from({ length: 120 }, (_, i) => addDays('2026-11-29', -i)) // Sunday back
    const keep = backupsToKeep(days, 14, 8)
    const newest14 = days.slice(0, 14)
    for (const day of newest14) expect(keep.has(day)).toBe(true)
    // 29 Nov is a Sunday: the newest of its week and of the 7 weeks before are the 8 Sundays.
    const sundays = Array.from({ length: 8 }, (_, i) => addDays('2026-11-29', -7 * i))
    for (const day of sundays) expect(keep.has(day)).toBe(true)
    expect([...keep].sort()).toEqual([...new Set([...newest14, ...sundays])].sort())
    expect(keep.size).toBe(14 + 6)
  })

  it('counts only weeks that have a backup, so a quiet month does not use up the weekly places', () => {
    const days = ['2026-11-27', '2026-09-01', '2026-08-20', '2026-08-19']
    expect([...backupsToKeep(days, 1, 3)].sort()).toEqual(['2026-08-20', '2026-09-01', '2026-11-27'])
  })
})

const Entry = z.object({ id: z.string(), date: z.string() })
type Entry = z.infer<typeof Entry>
const format: ShardedFormat<Entry> = {
  current: 1,
  migrations: {},
  schema: z.object({ schemaVersion: z.literal(1), shard: z.string(), items: z.array(Entry) }),
  keyOf: (e) => e.date.slice(0, 7),
}

describe('what the daily backup reads', () => {
  it('sees an item that is moving month in its new shard only, while the move is on its way to disk', async () => {
    const journal = await Journal.open(await tempDir())
    const entries = await journal.sharded('entries', format)
    await entries.put({ id: 'a', date: '2026-01-05' })
    await entries.put({ id: 'b', date: '2026-01-06' })
    const moving = entries.put({ id: 'a', date: '2026-02-01' })
    const parts = journal.snapshot()
    const held = parts.map((p) => ({
      path: p.path,
      ids: (p.data() as { items: Entry[] }).items.map((i) => i.id),
    }))
    expect(held).toEqual([
      { path: 'entries/2026-01.json', ids: ['b'] },
      { path: 'entries/2026-02.json', ids: ['a'] },
    ])
    await moving
    await journal.close()
  })
})
