import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { Entry as BaseEntry, openEntries } from './helpers/entries'
import { goalDraft } from './helpers/records'
import { openEngine, tempDir } from './helpers/temp'

const Entry = BaseEntry.extend({ updatedAt: z.string() })
type Entry = z.infer<typeof Entry>

const at = (hour: number) => `2026-01-20T${String(hour).padStart(2, '0')}:00:00.000Z`
const a: Entry = { id: 'a', date: '2026-01-05', text: 'mine', updatedAt: at(1) }
const b: Entry = { id: 'b', date: '2026-01-06', text: 'also mine', updatedAt: at(1) }
const c: Entry = { id: 'c', date: '2026-01-07', text: 'from the other computer', updatedAt: at(2) }

const open = (dir: string) => openEntries(dir, Entry)

const january = (dir: string) => join(dir, 'entries', '2026-01.json')
/** Another computer's sync rewrites the month file while Tandem has it open. */
const writeOutside = (dir: string, items: Entry[]) =>
  writeFile(january(dir), JSON.stringify({ schemaVersion: 1, shard: '2026-01', items }, null, 2))
const onDisk = async (dir: string): Promise<Entry[]> => JSON.parse(await readFile(january(dir), 'utf8')).items

describe('a month file changed behind the open journal', () => {
  it('keeps an item added and an item edited outside, with the save made in Tandem', async () => {
    const dir = await tempDir()
    const { journal, entries } = await open(dir)
    await entries.put(a)
    await entries.put(b)
    await writeOutside(dir, [a, { ...b, text: 'edited outside', updatedAt: at(3) }, c])
    await entries.put({ ...a, text: 'edited in Tandem', updatedAt: at(4) })

    const saved = await onDisk(dir)
    expect(saved.map((e) => [e.id, e.text])).toEqual([
      ['a', 'edited in Tandem'],
      ['b', 'edited outside'],
      ['c', 'from the other computer'],
    ])
    // What Tandem shows follows too, without a restart.
    expect(entries.get('c')?.text).toBe('from the other computer')
    expect(entries.get('b')?.text).toBe('edited outside')
    expect(journal.problems).toMatchObject([
      { kind: 'merged', file: join('entries', '2026-01.json'), movedTo: null },
    ])
    expect(journal.problems[0]?.message).toContain('nothing was lost')
  })

  it('keeps both versions of an item edited on both sides: the newer in the journal, the other in a conflict copy', async () => {
    const dir = await tempDir()
    const { journal, entries } = await open(dir)
    await entries.put(a)
    await writeOutside(dir, [{ ...a, text: 'older edit, outside', updatedAt: at(2) }])
    await entries.put({ ...a, text: 'newer edit, in Tandem', updatedAt: at(5) })

    expect((await onDisk(dir)).map((e) => e.text)).toEqual(['newer edit, in Tandem'])
    const problem = journal.problems[0]
    expect(problem?.kind).toBe('merged')
    expect(problem?.message).toContain('one item was changed in both places')
    const copy = JSON.parse(await readFile(join(dir, problem?.movedTo ?? 'missing'), 'utf8'))
    expect(copy.items.map((e: Entry) => e.text)).toEqual(['older edit, outside'])
    expect(problem?.message).toContain(problem?.movedTo ?? 'missing')
  })

  it('takes the outside version when it is the newer one', async () => {
    const dir = await tempDir()
    const { entries } = await open(dir)
    await entries.put(a)
    await entries.put(b)
    await writeOutside(dir, [{ ...a, text: 'newest, outside', updatedAt: at(9) }, b])
    await entries.put({ ...a, text: 'older, in Tandem', updatedAt: at(5) })
    expect((await onDisk(dir)).find((e) => e.id === 'a')?.text).toBe('newest, outside')
    expect(entries.get('a')?.text).toBe('newest, outside')
  })

  it('follows a delete made outside, of an item Tandem did not change', async () => {
    const dir = await tempDir()
    const { entries } = await open(dir)
    await entries.put(a)
    await entries.put(b)
    await writeOutside(dir, [a])
    await entries.put({ ...a, text: 'edited', updatedAt: at(4) })
    expect((await onDisk(dir)).map((e) => e.id)).toEqual(['a'])
    expect(entries.get('b')).toBeUndefined()
  })

  it('keeps an outside version it cannot read as a copy, byte for byte, and saves its own', async () => {
    const dir = await tempDir()
    const { journal, entries } = await open(dir)
    await entries.put(a)
    const garbage = '{"schemaVersion":1,"shard":"2026-01","items":[{"id":'
    await writeFile(january(dir), garbage)
    await entries.put({ ...a, text: 'saved anyway', updatedAt: at(4) })
    expect((await onDisk(dir)).map((e) => e.text)).toEqual(['saved anyway'])
    const copy = journal.problems[0]?.movedTo ?? 'missing'
    expect(await readFile(join(dir, copy), 'utf8')).toBe(garbage)
  })

  it('refuses to write over a file a newer Tandem wrote meanwhile, and leaves it byte-identical', async () => {
    const dir = await tempDir()
    const { journal, entries } = await open(dir)
    await entries.put(a)
    const newer = JSON.stringify({ schemaVersion: 7, shard: '2026-01', items: [] })
    await writeFile(january(dir), newer)
    await expect(entries.put({ ...a, text: 'not saved', updatedAt: at(4) })).rejects.toMatchObject({
      code: 'read-only',
    })
    expect(await readFile(january(dir), 'utf8')).toBe(newer)
    expect(journal.problems[0]?.kind).toBe('newer-version')
  })

  it('reports nothing and makes no copy when nobody else touched the file', async () => {
    const dir = await tempDir()
    const { journal, entries } = await open(dir)
    await entries.put(a)
    await entries.put({ ...a, text: 'again', updatedAt: at(2) })
    await entries.put({ ...a, date: '2026-02-01', text: 'moved', updatedAt: at(3) })
    expect(journal.problems).toEqual([])
    expect((await readdir(join(dir, 'entries'))).sort()).toEqual(['2026-01.json', '2026-02.json'])
  })
})

describe('a whole document changed behind the open journal', () => {
  it('merges a goal added on another computer with a goal edited in Tandem', async () => {
    const dir = await tempDir()
    const { call } = await openEngine(dir)
    const draft = goalDraft({ title: 'Learn spreadsheets' })
    const first = await call('goals:create', draft)
    const onDiskGoals = JSON.parse(await readFile(join(dir, 'goals.json'), 'utf8'))
    const other = {
      ...onDiskGoals.goals[0],
      id: '5b3c1e0a-8f55-4a57-9a47-4f3f5d6b7c81',
      title: 'Added elsewhere',
    }
    onDiskGoals.goals.push(other)
    await writeFile(join(dir, 'goals.json'), JSON.stringify(onDiskGoals, null, 2))
    await call('goals:update', { ...draft, id: first.id, title: 'Learn spreadsheets well' })
    const titles = (await call('goals:list')).map((g) => g.title).sort()
    expect(titles).toEqual(['Added elsewhere', 'Learn spreadsheets well'])
    const { problems } = await call('journal:status')
    expect(problems).toMatchObject([{ kind: 'merged', file: 'goals.json' }])
  })
})
