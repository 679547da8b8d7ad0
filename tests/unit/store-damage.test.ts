import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Entry, openEntries } from './helpers/entries'
import { sessionDraft } from './helpers/records'
import { openEngine, tempDir } from './helpers/temp'

const open = (dir: string) => openEntries(dir, Entry)

const shard = (items: Entry[]) => JSON.stringify({ schemaVersion: 1, shard: '2026-01', items })
const posix = process.platform !== 'win32'

describe('bytes that are not quite text', () => {
  it('sets aside a file with invalid UTF-8, keeping its bytes, instead of "repairing" and saving over it', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'entries'))
    const good = Buffer.from(shard([{ id: 'a', date: '2026-01-02', text: 'caf' }]))
    // "café" with its é cut to a lone continuation byte.
    const bytes = Buffer.concat([
      good.subarray(0, good.indexOf('caf') + 3),
      Buffer.from([0xa9]),
      good.subarray(good.indexOf('caf') + 3),
    ])
    await writeFile(join(dir, 'entries', '2026-01.json'), bytes)
    const { journal, entries } = await open(dir)
    expect(entries.size).toBe(0)
    expect(journal.problems).toHaveLength(1)
    expect(journal.problems[0]?.message).toContain('not valid UTF-8')
    const movedTo = journal.problems[0]?.movedTo ?? ''
    expect(await readFile(join(dir, movedTo))).toEqual(bytes)
    // The next save starts a new month file; the set-aside bytes stay as they were.
    await entries.put({ id: 'b', date: '2026-01-05', text: 'new' })
    expect(await readFile(join(dir, movedTo))).toEqual(bytes)
  })

  it('reads a file that starts with a byte-order mark', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'entries'))
    const text = shard([{ id: 'a', date: '2026-01-02', text: 'résumé' }])
    await writeFile(
      join(dir, 'entries', '2026-01.json'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    )
    const { journal, entries } = await open(dir)
    expect(journal.problems).toEqual([])
    expect(entries.get('a')?.text).toBe('résumé')
  })
})

describe('something else where a folder should be', () => {
  const cases: Array<[string, (path: string, dir: string) => Promise<void>, string]> = [
    ['a file', (path) => writeFile(path, 'I am not a folder'), 'was a file'],
    ['a dangling symlink', (path, dir) => symlink(join(dir, 'nowhere'), path), 'a link to nothing'],
    ['a symlink loop', (path) => symlink(path, path), 'a link to nothing'],
  ]
  for (const [name, make, words] of cases) {
    it(`opens the journal when ${name} sits where sessions/ should be, and says so`, async () => {
      const dir = await tempDir()
      await make(join(dir, 'sessions'), dir)
      const engine = await openEngine(dir)
      const { problems } = await engine.call('journal:status')
      expect(problems).toHaveLength(1)
      expect(problems[0]?.file).toBe('sessions')
      expect(problems[0]?.message).toContain(words)
      expect((await readdir(dir)).filter((n) => n.startsWith('sessions.corrupt-'))).toHaveLength(1)
      // And sessions save as usual into the new folder.
      const made = await engine.call(
        'sessions:create',
        sessionDraft({ date: '2026-01-05', title: 'After the damage' }),
      )
      expect(made.title).toBe('After the damage')
      expect((await stat(join(dir, 'sessions'))).isDirectory()).toBe(true)
    })
  }

  it('uses a symlink to a real folder as it is', async () => {
    const dir = await tempDir()
    const elsewhere = await tempDir()
    await symlink(elsewhere, join(dir, 'entries'))
    const { journal, entries } = await open(dir)
    await entries.put({ id: 'a', date: '2026-01-02', text: 'linked' })
    expect(journal.problems).toEqual([])
    expect(await readdir(elsewhere)).toEqual(['2026-01.json'])
  })
})

describe.runIf(posix)('private files', () => {
  it('writes journal files 0600 and folders 0700', async () => {
    const dir = await tempDir()
    const { entries } = await open(dir)
    await entries.put({ id: 'a', date: '2026-01-02', text: 'mine' })
    expect((await stat(join(dir, 'entries', '2026-01.json'))).mode & 0o777).toBe(0o600)
    expect((await stat(join(dir, 'entries'))).mode & 0o777).toBe(0o700)
    expect((await stat(dir)).mode & 0o777).toBe(0o700)
  })

  it('tightens the files and folders of an older journal when it opens', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'entries'), { mode: 0o755 })
    await writeFile(join(dir, 'entries', '2026-01.json'), shard([]), { mode: 0o644 })
    await writeFile(join(dir, 'goals.json'), '{}', { mode: 0o664 })
    await open(dir)
    expect((await stat(join(dir, 'entries'))).mode & 0o777).toBe(0o700)
    expect((await stat(join(dir, 'entries', '2026-01.json'))).mode & 0o777).toBe(0o600)
    expect((await stat(join(dir, 'goals.json'))).mode & 0o777).toBe(0o600)
  })
})
