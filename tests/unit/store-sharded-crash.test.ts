import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { type DurableFs, nodeDurableFs } from '../../src/main/store/durable-file'
import type { ShardedCollection } from '../../src/main/store/sharded'
import { crashingFs } from './helpers/crashing-fs'
import { Entry as BaseEntry, openEntries } from './helpers/entries'
import { tempDir } from './helpers/temp'

const Entry = BaseEntry.extend({ updatedAt: z.string() })
type Entry = z.infer<typeof Entry>

const open = (dir: string, fs: DurableFs = nodeDurableFs) => openEntries(dir, Entry, fs)

/** How many copies of each id the shard files on disk hold. */
async function copiesOnDisk(dir: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  const folder = join(dir, 'entries')
  for (const name of await readdir(folder)) {
    if (!/^[0-9A-Za-z-]+\.json$/.test(name)) continue
    const doc = JSON.parse(await readFile(join(folder, name), 'utf8')) as { items: Entry[] }
    for (const item of doc.items) counts.set(item.id, (counts.get(item.id) ?? 0) + 1)
  }
  return counts
}

const a1: Entry = { id: 'a', date: '2026-01-31', text: 'January', updatedAt: '2026-02-01T10:00:00.000Z' }
const b1: Entry = { id: 'b', date: '2026-01-10', text: 'stays', updatedAt: '2026-02-01T10:00:00.000Z' }
const later = (e: Entry, patch: Partial<Entry>): Entry => ({
  ...e,
  ...patch,
  updatedAt: '2026-02-02T10:00:00.000Z',
})

interface Scenario {
  name: string
  /** Acknowledged before the crash. */
  before: Entry[]
  /** The change that is cut short. */
  run: (entries: ShardedCollection<Entry>) => Promise<unknown>
  /** Each id's acceptable states after reopening: its acknowledged version, the new one, or gone. */
  allowed: Record<string, Array<Entry | null>>
}

const moved = later(a1, { date: '2026-03-02', text: 'March' })
const scenarios: Scenario[] = [
  {
    name: 'an edit in place',
    before: [a1, b1],
    run: (e) => e.put(later(a1, { text: 'edited' })),
    allowed: { a: [a1, later(a1, { text: 'edited' })], b: [b1] },
  },
  {
    name: 'a new item',
    before: [b1],
    run: (e) => e.put(a1),
    allowed: { a: [null, a1], b: [b1] },
  },
  {
    name: 'a move to another month',
    before: [a1, b1],
    run: (e) => e.put(moved),
    allowed: { a: [a1, moved], b: [b1] },
  },
  {
    name: 'a move with the same time stamp (only the move marker can tell the copies apart)',
    before: [a1, b1],
    run: (e) => e.put({ ...a1, date: '2026-03-02', text: 'March' }),
    allowed: { a: [a1, { ...a1, date: '2026-03-02', text: 'March' }], b: [b1] },
  },
  {
    name: 'two moves of one item in flight',
    before: [a1, b1],
    run: (e) => Promise.all([e.put(moved), e.put(later(a1, { date: '2026-05-05', text: 'May' }))]),
    allowed: { a: [a1, moved, later(a1, { date: '2026-05-05', text: 'May' })], b: [b1] },
  },
  {
    name: 'a delete',
    before: [a1, b1],
    run: (e) => e.remove('a'),
    allowed: { a: [a1, null], b: [b1] },
  },
  {
    name: 'a move and then a delete',
    before: [a1, b1],
    run: async (e) => {
      const move = e.put(moved)
      await e.remove('a')
      await move
    },
    allowed: { a: [a1, moved, null], b: [b1] },
  },
]

describe('a sharded collection cut short at every step', () => {
  for (const scenario of scenarios) {
    it(`survives a crash at any step of ${scenario.name}`, async () => {
      // A clean run counts the steps the change takes.
      const probe = await tempDir()
      const seeded = await open(probe)
      for (const entry of scenario.before) await seeded.entries.put(entry)
      const counting = crashingFs(Number.POSITIVE_INFINITY)
      const dry = await open(probe, counting.fs)
      await scenario.run(dry.entries)
      const total = counting.steps()
      expect(total).toBeGreaterThan(3)

      for (let crashAt = 1; crashAt <= total + 1; crashAt++) {
        const dir = await tempDir()
        const setup = await open(dir)
        for (const entry of scenario.before) await setup.entries.put(entry)
        const crashed = await open(dir, crashingFs(crashAt).fs)
        await scenario.run(crashed.entries).catch(() => undefined)
        await crashed.journal.settle()

        const reopened = await open(dir)
        const where = `crash at step ${crashAt} of ${total}`
        expect(reopened.journal.problems, where).toEqual([])
        for (const [id, states] of Object.entries(scenario.allowed)) {
          expect(states, `${where}: ${id}`).toContainEqual(reopened.entries.get(id) ?? null)
        }
        // Opening resolved any second copy on disk, not only in memory.
        for (const [id, count] of await copiesOnDisk(dir)) expect(count, `${where}: copies of ${id}`).toBe(1)
        // And nothing comes back after a delete.
        for (const id of Object.keys(scenario.allowed)) await reopened.entries.remove(id)
        expect((await open(dir)).entries.size, where).toBe(0)
      }
    })
  }
})

describe('copies of one item in two shards, without a move in progress', () => {
  it('keeps the newest copy, removes the other from disk, and a delete stays deleted', async () => {
    const dir = await tempDir()
    const { entries } = await open(dir)
    await entries.put(a1)
    await entries.put(b1)
    // A second, newer copy of "a" in another month, as a sync tool or an old backup could leave.
    const { writeFile } = await import('node:fs/promises')
    const newer = later(a1, { date: '2026-04-01', text: 'newer' })
    await writeFile(
      join(dir, 'entries', '2026-04.json'),
      JSON.stringify({ schemaVersion: 1, shard: '2026-04', items: [newer] }),
    )
    const again = await open(dir)
    expect(again.entries.get('a')).toEqual(newer)
    expect((await copiesOnDisk(dir)).get('a')).toBe(1)
    await again.entries.remove('a')
    const third = await open(dir)
    expect(third.entries.get('a')).toBeUndefined()
    expect(third.entries.get('b')).toEqual(b1)
  })

  it('keeps one copy when a shard lists the same id twice', async () => {
    const dir = await tempDir()
    await open(dir)
    const { writeFile } = await import('node:fs/promises')
    const newer = later(a1, { text: 'second' })
    await writeFile(
      join(dir, 'entries', '2026-01.json'),
      JSON.stringify({ schemaVersion: 1, shard: '2026-01', items: [newer, a1] }),
    )
    const again = await open(dir)
    expect(again.entries.all()).toEqual([newer])
    expect((await copiesOnDisk(dir)).get('a')).toBe(1)
  })

  it('leaves only the two month files after a move', async () => {
    const dir = await tempDir()
    const { entries } = await open(dir)
    await entries.put(a1)
    await entries.put(moved)
    expect((await readdir(join(dir, 'entries'))).sort()).toEqual(['2026-01.json', '2026-03.json'])
  })
})
