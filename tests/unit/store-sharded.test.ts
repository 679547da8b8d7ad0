import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Entry, openEntries } from './helpers/entries'
import { tempDir } from './helpers/temp'

const open = (dir: string) => openEntries(dir, Entry)

describe('a sharded collection', () => {
  it('keeps each month in its own small file and reads them all back', async () => {
    const dir = await tempDir()
    const { entries } = await open(dir)
    await entries.put({ id: 'a', date: '2026-01-05', text: 'January' })
    await entries.put({ id: 'b', date: '2026-01-20', text: 'January too' })
    await entries.put({ id: 'c', date: '2026-02-01', text: 'February' })
    expect((await readdir(join(dir, 'entries'))).sort()).toEqual(['2026-01.json', '2026-02.json'])
    const jan = JSON.parse(await readFile(join(dir, 'entries', '2026-01.json'), 'utf8'))
    expect(jan).toMatchObject({ schemaVersion: 1, shard: '2026-01' })
    expect(jan.items.map((e: Entry) => e.id)).toEqual(['a', 'b'])

    const again = await open(dir)
    expect(again.entries.size).toBe(3)
    expect(again.entries.get('c')?.text).toBe('February')
  })

  it('rewrites only the shard of the saved item', async () => {
    const dir = await tempDir()
    const { entries } = await open(dir)
    await entries.put({ id: 'a', date: '2026-01-05', text: 'one' })
    await entries.put({ id: 'b', date: '2026-02-05', text: 'two' })
    const before = await stat(join(dir, 'entries', '2026-01.json'))
    await new Promise((r) => setTimeout(r, 20))
    await entries.put({ id: 'b', date: '2026-02-05', text: 'two, edited' })
    const after = await stat(join(dir, 'entries', '2026-01.json'))
    expect(after.mtimeMs).toBe(before.mtimeMs)
    expect(after.ino).toBe(before.ino)
  })

  it('moves an item to its new month when its date changes', async () => {
    const dir = await tempDir()
    const { entries } = await open(dir)
    await entries.put({ id: 'a', date: '2026-01-31', text: 'late' })
    await entries.put({ id: 'a', date: '2026-03-01', text: 'moved' })
    const again = await open(dir)
    expect(again.entries.all()).toEqual([{ id: 'a', date: '2026-03-01', text: 'moved' }])
    const jan = JSON.parse(await readFile(join(dir, 'entries', '2026-01.json'), 'utf8'))
    expect(jan.items).toEqual([])
  })

  it('removes an item, and says false for one it never had', async () => {
    const dir = await tempDir()
    const { entries } = await open(dir)
    await entries.put({ id: 'a', date: '2026-01-05', text: 'x' })
    expect(await entries.remove('a')).toBe(true)
    expect(await entries.remove('a')).toBe(false)
    expect((await open(dir)).entries.size).toBe(0)
  })

  it('sets one damaged month aside and still opens every other month', async () => {
    const dir = await tempDir()
    const { entries } = await open(dir)
    await entries.put({ id: 'a', date: '2026-01-05', text: 'survives' })
    await writeFile(
      join(dir, 'entries', '2026-02.json'),
      '{"schemaVersion":1,"shard":"2026-02","items":[{"id":',
    )
    const again = await open(dir)
    expect(again.entries.all().map((e) => e.id)).toEqual(['a'])
    expect(again.journal.problems).toHaveLength(1)
    expect(again.journal.problems[0]?.file).toBe(join('entries', '2026-02.json'))
    await again.entries.put({ id: 'b', date: '2026-02-10', text: 'new' })
    const names = await readdir(join(dir, 'entries'))
    expect(names.filter((n) => n.includes('.corrupt-'))).toHaveLength(1)
    // A set-aside file is not read as a shard on the next start.
    const third = await open(dir)
    expect(
      third.entries
        .all()
        .map((e) => e.id)
        .sort(),
    ).toEqual(['a', 'b'])
    expect(third.journal.problems).toEqual([])
  })

  it('gives concurrent saves to a new month one shard, losing none of them', async () => {
    const dir = await tempDir()
    const { entries } = await open(dir)
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => entries.put({ id: `e${i}`, date: '2026-05-01', text: String(i) })),
    )
    expect((await open(dir)).entries.size).toBe(20)
  })
})
