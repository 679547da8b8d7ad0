import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { DocumentFormat } from '../../src/main/store/document'
import { type DurableFs, nodeDurableFs } from '../../src/main/store/durable-file'
import { Journal } from '../../src/main/store/journal'
import { tempDir } from './helpers/temp'

const Notes = z.object({ schemaVersion: z.literal(1), notes: z.array(z.string()) })
type Notes = z.infer<typeof Notes>
const notesFormat: DocumentFormat<Notes> = {
  current: 1,
  migrations: {},
  schema: Notes,
  empty: () => ({ schemaVersion: 1, notes: [] }),
}

function countingFs(): { fs: DurableFs; writes: string[] } {
  const writes: string[] = []
  return {
    writes,
    fs: {
      ...nodeDurableFs,
      async open(path, flags) {
        const handle = await nodeDurableFs.open(path, flags)
        return {
          writeFile: async (text: string) => {
            writes.push(text)
            await handle.writeFile(text)
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        }
      },
    },
  }
}

describe('a journal document', () => {
  it('round-trips through the folder and validates on the way back in', async () => {
    const dir = await tempDir()
    const journal = await Journal.open(dir)
    const doc = await journal.document('notes.json', notesFormat)
    expect(doc.data).toEqual({ schemaVersion: 1, notes: [] })
    await doc.change((d) => {
      d.notes.push('first', 'second')
    })
    const again = await (await Journal.open(dir)).document('notes.json', notesFormat)
    expect(again.data.notes).toEqual(['first', 'second'])
    expect(JSON.parse(await readFile(join(dir, 'notes.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      notes: ['first', 'second'],
    })
  })

  const damaged: Array<[string, string]> = [
    ['an empty file', ''],
    ['a file of NUL bytes (power cut)', '\u0000'.repeat(64)],
    ['a truncated file', '{"schemaVersion":1,"notes":["fir'],
    ['JSON of the wrong shape', '{"schemaVersion":1,"notes":"not a list"}'],
    ['JSON without a version', '{"notes":[]}'],
    ['a JSON array', '[1,2,3]'],
  ]
  for (const [what, bytes] of damaged) {
    it(`sets ${what} aside under a timestamped name, reports it, and never writes over it`, async () => {
      const dir = await tempDir()
      await writeFile(join(dir, 'notes.json'), bytes)
      const journal = await Journal.open(dir)
      const doc = await journal.document('notes.json', notesFormat)

      expect(doc.data.notes).toEqual([])
      const [problem] = journal.problems
      expect(problem?.kind).toBe('set-aside')
      expect(problem?.file).toBe('notes.json')
      expect(problem?.movedTo).toMatch(/^notes\.corrupt-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/)
      expect(problem?.message).toContain('could not be read')
      expect(problem?.message).toContain('nothing was written over it')

      await doc.change((d) => {
        d.notes.push('written after')
      })
      const movedTo = problem?.movedTo ?? ''
      expect(await readFile(join(dir, movedTo), 'utf8')).toBe(bytes)
      expect((await readdir(dir)).sort()).toEqual([movedTo, 'notes.json'].sort())
      expect(JSON.parse(await readFile(join(dir, 'notes.json'), 'utf8')).notes).toEqual(['written after'])
    })
  }

  it('leaves a document from a newer Tandem untouched and refuses to write it', async () => {
    const dir = await tempDir()
    const future = '{"schemaVersion":7,"notes":["from the future"],"extra":true}'
    await writeFile(join(dir, 'notes.json'), future)
    const journal = await Journal.open(dir)
    const doc = await journal.document('notes.json', notesFormat)
    expect(journal.problems[0]?.kind).toBe('newer-version')
    expect(journal.problems[0]?.message).toContain('newer version of Tandem')
    await expect(doc.change((d) => d.notes.push('x'))).rejects.toMatchObject({ code: 'read-only' })
    expect(await readFile(join(dir, 'notes.json'), 'utf8')).toBe(future)
    expect(await readdir(dir)).toEqual(['notes.json'])
  })

  it('coalesces a burst of saves into few writes and ends with the last state on disk', async () => {
    const dir = await tempDir()
    const { fs, writes } = countingFs()
    const journal = await Journal.open(dir, fs)
    const doc = await journal.document('notes.json', notesFormat)
    const saves = Array.from({ length: 50 }, (_, i) =>
      doc.change((d) => {
        d.notes.push(`note ${i}`)
      }),
    )
    await Promise.all(saves)
    expect(writes.length).toBeGreaterThanOrEqual(1)
    expect(writes.length).toBeLessThanOrEqual(2)
    const onDisk = JSON.parse(await readFile(join(dir, 'notes.json'), 'utf8'))
    expect(onDisk.notes).toHaveLength(50)
    expect(onDisk.notes[49]).toBe('note 49')
  })

  it('serializes writes: a change made while a write is in flight lands in the next write', async () => {
    const dir = await tempDir()
    const { fs, writes } = countingFs()
    const journal = await Journal.open(dir, fs)
    const doc = await journal.document('notes.json', notesFormat)
    const first = doc.change((d) => d.notes.push('a'))
    await Promise.resolve()
    const second = doc.change((d) => d.notes.push('b'))
    await Promise.all([first, second])
    expect(JSON.parse(writes[writes.length - 1] ?? '{}').notes).toEqual(['a', 'b'])
  })

  it('reports a failed write in plain words and succeeds on the next change', async () => {
    const dir = await tempDir()
    let fail = true
    const fs: DurableFs = {
      ...nodeDurableFs,
      async rename(from, to) {
        if (fail) throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
        await nodeDurableFs.rename(from, to)
      },
    }
    const journal = await Journal.open(dir, fs)
    const doc = await journal.document('notes.json', notesFormat)
    await expect(doc.change((d) => d.notes.push('kept'))).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringContaining('the disk is full'),
    })
    fail = false
    await doc.change((d) => d.notes.push('later'))
    expect(JSON.parse(await readFile(join(dir, 'notes.json'), 'utf8')).notes).toEqual(['kept', 'later'])
  })

  it('lets pending saves land when the journal closes, and refuses any change after', async () => {
    const dir = await tempDir()
    const journal = await Journal.open(dir)
    const doc = await journal.document('notes.json', notesFormat)
    const pending = doc.change((d) => d.notes.push('before close'))
    await journal.close()
    await pending
    await expect(doc.change((d) => d.notes.push('after close'))).rejects.toMatchObject({ code: 'read-only' })
    // A restore may now rewrite the folder: nothing from the closed journal lands on top of it.
    await writeFile(join(dir, 'notes.json'), '{"schemaVersion":1,"notes":["restored"]}')
    await journal.settle()
    expect(JSON.parse(await readFile(join(dir, 'notes.json'), 'utf8')).notes).toEqual(['restored'])
  })

  it('removes temp files left by an interrupted write when the journal opens', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'notes.json'), '{"schemaVersion":1,"notes":["safe"]}')
    await writeFile(join(dir, 'notes.json.tmp-1a2b3c4d'), '{"schemaVersion":1,"notes":["half')
    const journal = await Journal.open(dir)
    const doc = await journal.document('notes.json', notesFormat)
    expect(doc.data.notes).toEqual(['safe'])
    expect(await readdir(dir)).toEqual(['notes.json'])
    expect(journal.problems).toEqual([])
  })
})
