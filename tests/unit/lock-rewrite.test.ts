import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isSealed, seal } from '../../src/main/crypto/sealed-file'
import { boundNames, journalFiles, rewriteJournal } from '../../src/main/lock/rewrite'
import { nodeDurableFs } from '../../src/main/store/durable-file'
import { tempDir } from './helpers/temp'

const key = { dataKey: Buffer.alloc(32, 3), keyId: Buffer.alloc(8, 4) }
const doc = (n: number) => JSON.stringify({ schemaVersion: 1, n })

describe('rewriting a journal between plain and encrypted', () => {
  it('lists Tandem files at any depth, leaving out the key file, temp files and files not its own', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'sessions'), { recursive: true })
    await mkdir(join(dir, 'backups'), { recursive: true })
    for (const rel of [
      'goals.json',
      'tandem-key.json',
      'sessions/2026-11.json',
      'sessions/2026-11.json.tmp-1234abcd',
      'backups/daily-2026-11-27.tandem-backup.json',
      'notes-of-my-own.txt',
    ]) {
      await writeFile(join(dir, rel), doc(1))
    }
    expect(await journalFiles(dir)).toEqual([
      'backups/daily-2026-11-27.tandem-backup.json',
      'goals.json',
      'sessions/2026-11.json',
    ])
  })

  it('knows the names a copy may be bound to', () => {
    expect(boundNames('goals.corrupt-2026-11-27T14-04-05-123Z.json')).toEqual([
      'goals.corrupt-2026-11-27T14-04-05-123Z.json',
      'goals.json',
    ])
    expect(boundNames('sessions/2026-11 (conflicted copy 2026-11-30).json')).toContain(
      'sessions/2026-11.json',
    )
    expect(boundNames('goals.sync-conflict-20261130-101010-ABCDEFG.json')).toContain('goals.json')
  })

  it('on, then off, gives back every byte; a set-aside copy opens under its original name; a damaged file is left', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'sessions'))
    await writeFile(join(dir, 'goals.json'), doc(1))
    await writeFile(join(dir, 'sessions/2026-11.json'), doc(2))
    const progress: Array<[number, number]> = []
    const on = await rewriteJournal(dir, 'on', key, nodeDurableFs, (done, total) =>
      progress.push([done, total]),
    )
    expect(on).toEqual({ rewritten: 2, left: [] })
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ])
    // Run again (as after a crash): nothing left to do.
    expect((await rewriteJournal(dir, 'on', key, nodeDurableFs, () => undefined)).rewritten).toBe(0)
    // A set-aside copy keeps the original's bytes, so its binding; a damaged file fails the check.
    await writeFile(
      join(dir, 'trash.corrupt-2026-11-27T14-04-05-123Z.json'),
      seal(doc(3), key.dataKey, key.keyId, 'trash.json'),
    )
    const damaged = seal(doc(4), key.dataKey, key.keyId, 'skills.json')
    damaged[40] = (damaged[40] ?? 0) ^ 1
    await writeFile(join(dir, 'skills.json'), damaged)
    const off = await rewriteJournal(dir, 'off', key, nodeDurableFs, () => undefined)
    expect(off.left).toEqual(['skills.json'])
    expect(await readFile(join(dir, 'goals.json'), 'utf8')).toBe(doc(1))
    expect(await readFile(join(dir, 'sessions/2026-11.json'), 'utf8')).toBe(doc(2))
    expect(await readFile(join(dir, 'trash.corrupt-2026-11-27T14-04-05-123Z.json'), 'utf8')).toBe(doc(3))
    expect(isSealed(await readFile(join(dir, 'skills.json')))).toBe(true)
    expect((await readdir(dir)).some((name) => name.includes('.tmp-'))).toBe(false)
  })
})
