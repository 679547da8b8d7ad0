import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { BackupSummary, RestoreResult } from '../../src/shared/contract/export'
import type { SessionSummary } from '../../src/shared/domain/session'
import { addSession, answerOf, engine, errorOf } from './export-helpers'

const NOW = '2026-11-27T10:00:00Z'

async function journalFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const name of await readdir(dir, { recursive: true })) {
    if (!name.endsWith('.json') || name.startsWith('backups')) continue
    files[name] = await readFile(join(dir, name), 'utf8')
  }
  return files
}

/** What the journal's own backups folder holds (none yet: an empty list). */
const backupFiles = (dir: string): Promise<string[]> =>
  readdir(join(dir, 'backups')).catch(() => [] as string[])

async function withBackup() {
  const source = await engine(NOW)
  const partner = answerOf<{ id: string }>(
    await source.tandem.router.handle('partners:create', { name: 'Sam', direction: 'both-ways' }),
  )
  await addSession(source.tandem, { date: '2026-10-02', title: 'October', partnerId: partner.id })
  await addSession(source.tandem, { date: '2026-11-20', title: 'November', private: true })
  const made = answerOf<{ path: string; documents: number }>(
    await source.tandem.router.handle('export:backup', undefined),
  )
  return { source, path: made.path, documents: made.documents }
}

/** A fresh engine whose open dialog picks `file`. */
async function target(file: string) {
  return engine(NOW, { chooseOpenPath: async () => file })
}

describe('backup and restore', () => {
  test('backup -> restore into an empty journal gives identical data', async () => {
    const { source, path, documents } = await withBackup()
    // partners.json, two month shards, and whatever other features keep (prompts.json, ...).
    expect(documents).toBeGreaterThanOrEqual(3)
    const fresh = await target(path)
    const summary = answerOf<BackupSummary>(
      await fresh.tandem.router.handle('export:inspect-backup', undefined),
    )
    expect(summary).toMatchObject({ documents, items: { sessions: 2 } })
    const result = answerOf<RestoreResult>(
      await fresh.tandem.router.handle('export:restore', { token: summary.token }),
    )
    expect(result.documents).toBe(documents)
    expect(result.previousJournalBackup).toContain(join(fresh.dataDir, 'backups'))
    await fresh.tandem.close()
    expect(await journalFiles(fresh.dataDir)).toEqual(await journalFiles(source.dataDir))
    // The live engine now reads the restored journal, through the same router.
    const list = answerOf<SessionSummary[]>(await fresh.tandem.router.handle('sessions:list', undefined))
    expect(list.map((s) => s.title)).toEqual(['November', 'October'])
  })

  test('restoring first saves the journal as it was, and replaces it completely', async () => {
    const { path } = await withBackup()
    const other = await target(path)
    await addSession(other.tandem, { date: '2025-01-05', title: 'Only here' })
    const summary = answerOf<BackupSummary>(
      await other.tandem.router.handle('export:inspect-backup', undefined),
    )
    const result = answerOf<RestoreResult>(
      await other.tandem.router.handle('export:restore', { token: summary.token }),
    )
    const list = answerOf<SessionSummary[]>(await other.tandem.router.handle('sessions:list', undefined))
    expect(list.map((s) => s.title)).not.toContain('Only here')
    const saved = JSON.parse(await readFile(result.previousJournalBackup, 'utf8'))
    expect(JSON.stringify(saved)).toContain('Only here')
    // That safety copy is itself a backup Tandem can restore.
    const back = await target(result.previousJournalBackup)
    answerOf(await back.tandem.router.handle('export:inspect-backup', undefined))
  })

  const refusals: Array<[string, (good: string) => string, RegExp]> = [
    ['malformed JSON', (good) => good.slice(0, good.length / 2), /not readable JSON/],
    ['an empty file', () => '', /not readable JSON/],
    ['JSON that is not a Tandem backup', () => JSON.stringify({ hello: 'world' }), /not a Tandem backup/],
    ['a list instead of a backup', () => '[1, 2, 3]', /not a Tandem backup/],
    [
      'a backup from a newer version',
      (good) => JSON.stringify({ ...JSON.parse(good), backupVersion: 99 }),
      /newer version of Tandem/,
    ],
    [
      'a document from a newer version',
      (good) => {
        const backup = JSON.parse(good)
        backup.documents[0].data.schemaVersion = 42
        return JSON.stringify(backup)
      },
      /newer version of Tandem/,
    ],
    [
      'a document that is not valid',
      (good) => {
        const backup = JSON.parse(good)
        const shard = backup.documents.find((d: { path: string }) => d.path.startsWith('sessions/'))
        shard.data.items[0].date = 'yesterday'
        return JSON.stringify(backup)
      },
      /damaged: sessions\/2026-1\d\.json is not what Tandem expects at items\.0\.date/,
    ],
    [
      'a part this version does not know',
      (good) => {
        const backup = JSON.parse(good)
        backup.documents.push({ path: '../outside.json', schemaVersion: 1, data: { schemaVersion: 1 } })
        return JSON.stringify(backup)
      },
      /does not know \(\.\.\/outside\.json\)/,
    ],
    [
      'a document listed twice',
      (good) => {
        const backup = JSON.parse(good)
        backup.documents.push(backup.documents[0])
        return JSON.stringify(backup)
      },
      /appears twice/,
    ],
    [
      'no list of documents',
      (good) => JSON.stringify({ ...JSON.parse(good), documents: 'all' }),
      /incomplete/,
    ],
  ]

  test.each(refusals)(
    'refuses %s with a clear message, and nothing changes',
    async (_name, spoil, message) => {
      const { path } = await withBackup()
      const good = await readFile(path, 'utf8')
      const bad = join(path, '..', 'spoiled.json')
      await writeFile(bad, spoil(good))
      const other = await target(bad)
      await addSession(other.tandem, { date: '2025-01-05', title: 'Mine' })
      await other.tandem.close()
      const before = await journalFiles(other.dataDir)
      // The day's automatic backup is there already (closing waited for it); a refused restore adds nothing.
      const backupsBefore = await backupFiles(other.dataDir)
      const error = errorOf(await other.tandem.router.handle('export:inspect-backup', undefined))
      expect(error.code).toBe('invalid-input')
      expect(error.message).toMatch(message)
      expect(error.message).toContain('Your journal was not changed.')
      expect(await journalFiles(other.dataDir)).toEqual(before)
      expect(await backupFiles(other.dataDir)).toEqual(backupsBefore)
      expect(backupsBefore.filter((name) => name.startsWith('before-restore'))).toEqual([])
    },
  )

  test('a restore needs a backup that was checked first', async () => {
    const { tandem } = await engine(NOW)
    const error = errorOf(await tandem.router.handle('export:restore', { token: crypto.randomUUID() }))
    expect(error.message).toMatch(/Pick the backup file again/)
  })
})
