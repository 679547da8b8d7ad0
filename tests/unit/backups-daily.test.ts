import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { openBackups } from '../../src/main/backups/service'
import { createEvents } from '../../src/main/context'
import { type DurableFs, nodeDurableFs } from '../../src/main/store/durable-file'
import { Journal } from '../../src/main/store/journal'
import { localToday } from '../../src/shared/domain/common'
import { draft } from './export-helpers'
import { fixedClock, openEngine, tempDir } from './helpers/temp'

const DAY = 86_400_000
const posix = process.platform !== 'win32'

async function engineWithClock(iso = '2026-11-27T10:00:00.000Z') {
  const clock = fixedClock(iso)
  const engine = await openEngine(undefined, clock)
  const addSession = (title: string, date = '2026-11-20') =>
    engine.call('sessions:create', draft({ title, date }))
  return {
    ...engine,
    clock,
    addSession,
    autoName: () => `auto-${localToday(clock.now())}.tandem-backup.json`,
  }
}

describe('the daily backup', () => {
  it('is written on the first change of a day, checked, 0600, and listed with its counts', async () => {
    const e = await engineWithClock()
    expect((await e.call('backups:list')).backups).toEqual([])
    await e.addSession('First')
    const { backups, lastFailure } = await e.call('backups:list')
    expect(lastFailure).toBeNull()
    expect(backups).toHaveLength(1)
    expect(backups[0]).toMatchObject({
      file: e.autoName(),
      kind: 'auto',
      createdAt: e.clock.now().toISOString(),
      counts: { sessions: 1 },
    })
    const path = join(e.dir, 'backups', e.autoName())
    expect(backups[0]?.sizeBytes).toBe((await stat(path)).size)
    if (posix) expect((await stat(path)).mode & 0o777).toBe(0o600)

    // A second change the same day adds no backup; the next day's first change does.
    await e.addSession('Second')
    expect((await e.call('backups:list')).backups).toHaveLength(1)
    e.clock.advance(DAY)
    await e.addSession('Third')
    const next = await e.call('backups:list')
    expect(next.backups.map((b) => b.file)).toEqual([e.autoName(), backups[0]?.file])
    expect(next.backups[0]?.counts.sessions).toBe(3)
  })

  it('is not made twice on one day when the journal is reopened', async () => {
    const e = await engineWithClock()
    await e.addSession('First')
    await e.call('backups:list')
    await e.tandem.close()
    const again = await openEngine(e.dir, e.clock)
    await again.call('sessions:create', draft({ title: 'After the restart' }))
    const { backups } = await again.call('backups:list')
    expect(backups).toHaveLength(1)
    expect(backups[0]?.counts.sessions).toBe(1)
  })

  it('keeps the last daily backups and the newest of each recent ISO week, as the setting says', async () => {
    // Friday 27 November 2026, then 40 days, one change each.
    const e = await engineWithClock('2026-11-27T12:00:00.000Z')
    expect(await e.call('backups:settings')).toEqual({ keepDaily: 14, keepWeekly: 8 })
    expect(await e.call('backups:update-settings', { keepDaily: 3, keepWeekly: 2 })).toEqual({
      keepDaily: 3,
      keepWeekly: 2,
    })
    const days: string[] = []
    for (let i = 0; i < 40; i++) {
      if (i > 0) e.clock.advance(DAY)
      days.push(localToday(e.clock.now()))
      await e.addSession(`Day ${i}`)
      await e.call('backups:list')
    }
    const listed = (await e.call('backups:list')).backups.map((b) => b.file)
    // The last 3 days (Sat 2 - Mon 4 Jan 2027): Monday opens week 2027-W01, so the newest of 2026-W53
    // is Sunday 3 January, already kept: 2 weeks add nothing.
    expect(days.at(-1)).toBe('2027-01-05')
    const expected = ['2027-01-05', '2027-01-04', '2027-01-03'].map((d) => `auto-${d}.tandem-backup.json`)
    expect(listed).toEqual(expected)
    expect((await readdir(join(e.dir, 'backups'))).filter((n) => n.startsWith('auto-')).sort()).toEqual(
      [...expected].sort(),
    )
    // With more weeks kept, the newest of each earlier week stays too.
    await e.call('backups:update-settings', { keepDaily: 2, keepWeekly: 4 })
    e.clock.advance(DAY)
    await e.addSession('One more')
    const weekly = (await e.call('backups:list')).backups.map((b) => b.file.slice(5, 15))
    // Wed 6 and Tue 5 (2027-W01), Sun 3 (2026-W53); W52 and W51 were pruned earlier, so none of theirs is left.
    expect(weekly).toEqual(['2027-01-06', '2027-01-05', '2027-01-03'])
  })

  it('does not list or count a backup file that was damaged since it was written', async () => {
    const e = await engineWithClock()
    await e.addSession('First')
    const first = e.autoName()
    await e.call('backups:list')
    e.clock.advance(DAY)
    await e.addSession('Second')
    expect((await e.call('backups:list')).backups).toHaveLength(2)
    const path = join(e.dir, 'backups', first)
    const bytes = await readFile(path)
    await writeFile(path, bytes.subarray(0, bytes.length - 200))
    const { backups } = await e.call('backups:list')
    expect(backups.map((b) => b.file)).toEqual([e.autoName()])
    // It is left on disk (Tandem never deletes a file it cannot read), but it cannot be restored.
    expect(await readdir(join(e.dir, 'backups'))).toContain(first)
    const refused = await e.refusal('backups:restore', { file: first })
    expect(refused.code).toBe('not-found')
  })

  it('reports a failed backup on the list, and the save itself still succeeds', async () => {
    const e = await engineWithClock()
    await writeFile(join(e.dir, 'backups'), 'a file where the backups folder should be')
    const saved = await e.addSession('Saved anyway')
    expect(saved.title).toBe('Saved anyway')
    const { backups, lastFailure } = await e.call('backups:list')
    expect(backups).toEqual([])
    expect(lastFailure?.at).toBe(e.clock.now().toISOString())
    expect(lastFailure?.reason).toMatch(/daily backup failed: .*backups should be a folder/)
    expect((await e.call('sessions:list')).map((s) => s.title)).toEqual(['Saved anyway'])
    // Once the folder is usable, a later change (after the retry pause) makes the backup and clears the failure.
    await rm(join(e.dir, 'backups'))
    e.clock.advance(11 * 60_000)
    await e.addSession('Later')
    const after = await e.call('backups:list')
    expect(after.lastFailure).toBeNull()
    expect(after.backups).toHaveLength(1)
  })

  it('restores an automatic backup through the restore path, saving the journal as it was first', async () => {
    const e = await engineWithClock()
    await e.addSession('In the backup')
    const [auto] = (await e.call('backups:list')).backups
    await e.addSession('After the backup')
    const result = await e.call('backups:restore', { file: auto?.file ?? '' })
    expect(result.previousJournalBackup).toContain(join(e.dir, 'backups', 'before-restore-'))
    expect((await e.call('sessions:list')).map((s) => s.title)).toEqual(['In the backup'])
    const { backups } = await e.call('backups:list')
    const before = backups.find((b) => b.kind === 'before-restore')
    expect(before?.counts.sessions).toBe(2)
    expect(backups.filter((b) => b.kind === 'auto')).toHaveLength(1)
  })

  it('restores only a backup from the list, named without a path', async () => {
    const e = await engineWithClock()
    await e.addSession('Mine')
    await e.call('backups:list')
    for (const file of [
      '../x.tandem-backup.json',
      '/etc/passwd',
      'backups/auto.tandem-backup.json',
      'auto.json',
    ]) {
      expect((await e.refusal('backups:restore', { file })).code).toBe('invalid-input')
    }
    expect((await e.refusal('backups:restore', { file: 'auto-1999-01-01.tandem-backup.json' })).code).toBe(
      'not-found',
    )
    expect((await e.call('sessions:list')).map((s) => s.title)).toEqual(['Mine'])
  })
})

describe('a backup that does not read back complete', () => {
  it('is deleted, never listed, and the failure is recorded', async () => {
    const dir = await tempDir()
    // The disk keeps only the first half of what is written to a backup file.
    const halving: DurableFs = {
      ...nodeDurableFs,
      async open(path, flags) {
        const file = await nodeDurableFs.open(path, flags)
        if (!path.includes('auto-')) return file
        return {
          writeFile: (text: string) => file.writeFile(text.slice(0, text.length / 2)),
          sync: () => file.sync(),
          close: () => file.close(),
        }
      },
    }
    const journal = await Journal.open(dir, halving)
    const clock = fixedClock()
    const ctx = {
      journal,
      clock,
      events: createEvents(),
      ports: { openExternal: async () => undefined },
      resourcesDir: 'resources',
      appVersion: 'test',
    }
    const notes = await journal.document('notes.json', {
      current: 1,
      migrations: {},
      schema: z.object({ schemaVersion: z.literal(1), notes: z.array(z.string()) }),
      empty: () => ({ schemaVersion: 1 as const, notes: [] }),
    })
    const backups = await openBackups(ctx, { reopen: async () => undefined })
    await notes.change((doc) => doc.notes.push('a note'))
    const list = await backups.list()
    expect(list.backups).toEqual([])
    expect(list.lastFailure?.reason).toMatch(/did not read back complete, so it was deleted/)
    await mkdir(join(dir, 'backups'), { recursive: true })
    expect((await readdir(join(dir, 'backups'))).filter((n) => n.startsWith('auto-'))).toEqual([])
    await journal.close()
  })
})
