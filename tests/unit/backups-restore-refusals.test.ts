import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addSession, answerOf, engine, errorOf } from './export-helpers'

const NOW = '2026-11-27T10:00:00Z'

interface Doc {
  path: string
  schemaVersion: number
  data: { schemaVersion: number; shard?: string; items?: Array<{ id: string }> }
}

async function goodBackup(): Promise<{ path: string; backup: { documents: Doc[] } }> {
  const source = await engine(NOW)
  await addSession(source.tandem, { date: '2026-10-02', title: 'October' })
  await addSession(source.tandem, { date: '2026-11-20', title: 'November' })
  const made = answerOf<{ path: string }>(await source.tandem.router.handle('export:backup', undefined))
  return { path: made.path, backup: JSON.parse(await readFile(made.path, 'utf8')) }
}

const shardOf = (backup: { documents: Doc[] }, month: string): Doc => {
  const doc = backup.documents.find((d) => d.path === `sessions/${month}.json`)
  if (!doc) throw new Error(`no sessions/${month}.json in the backup`)
  return doc
}

const emptyShard = (path: string): Doc => ({
  path,
  schemaVersion: 1,
  data: { schemaVersion: 1, shard: path.slice(9, -5), items: [] },
})

type Spoil = (backup: { documents: Doc[] }) => void

const refusals: Array<[string, Spoil, RegExp]> = [
  [
    'the same id in two month files of one collection',
    (backup) => {
      const october = shardOf(backup, '2026-10')
      const november = shardOf(backup, '2026-11')
      november.data.items?.push(...(october.data.items ?? []))
    },
    /the item [0-9a-f-]+ is in both sessions\/2026-10\.json and sessions\/2026-11\.json/,
  ],
  [
    'the same id twice in one month file',
    (backup) => {
      const october = shardOf(backup, '2026-10')
      october.data.items?.push(...(october.data.items ?? []))
    },
    /sessions\/2026-10\.json holds the item [0-9a-f-]+ twice/,
  ],
  [
    'shard names that differ only in case',
    (backup) => {
      backup.documents.push(emptyShard('sessions/abc.json'), emptyShard('sessions/ABC.json'))
    },
    /both sessions\/abc\.json and sessions\/ABC\.json: their names differ only in upper and lower case/,
  ],
  ...['CON', 'prn', 'Aux', 'nul', 'COM1', 'com9', 'LPT1', 'lpt9'].map((name): [string, Spoil, RegExp] => [
    `the Windows device name ${name}.json`,
    (backup) => {
      backup.documents.push(emptyShard(`sessions/${name}.json`))
    },
    new RegExp(`holds sessions/${name}\\.json: Windows keeps that name for a device`),
  ]),
  ...[
    'sessions/con.backup.json',
    'sessions/2026/10.json',
    'sessions/.2026-10.json',
    'sessions/2026-10.corrupt-2026-11-27T10-00-00-000Z.json',
    'sessions/2026_10.json',
    'Sessions/2026-10.json',
    'goals.json.bak',
    'GOALS.json',
    './goals.json',
    '/goals.json',
    'sessions\\2026-10.json',
    'backups/auto-2026-11-27.tandem-backup.json',
  ].map((path): [string, Spoil, RegExp] => [
    `a path that is not one of the registered documents (${path})`,
    (backup) => {
      backup.documents.push({ ...emptyShard(path), path })
    },
    /a part this version of Tandem does not know/,
  ]),
]

describe('restore refuses, with a plain message, changing nothing', () => {
  it.each(refusals)('%s', async (_name, spoil, message) => {
    const { path, backup } = await goodBackup()
    spoil(backup)
    const bad = join(path, '..', 'spoiled.json')
    await writeFile(bad, JSON.stringify(backup))
    const other = await engine(NOW, { chooseOpenPath: async () => bad })
    await addSession(other.tandem, { date: '2025-01-05', title: 'Mine' })
    const error = errorOf(await other.tandem.router.handle('export:inspect-backup', undefined))
    expect(error.code).toBe('invalid-input')
    expect(error.message).toMatch(message)
    expect(error.message).toContain('Your journal was not changed.')
    const titles = answerOf<Array<{ title: string }>>(
      await other.tandem.router.handle('sessions:list', undefined),
    )
    expect(titles.map((s) => s.title)).toEqual(['Mine'])
    const kept = await readdir(join(other.dataDir, 'backups')).catch(() => [] as string[])
    expect(kept.filter((name) => name.startsWith('before-restore'))).toEqual([])
  })

  it('accepts the unspoiled backup (the refusals above are about what was spoiled)', async () => {
    const { path } = await goodBackup()
    const other = await engine(NOW, { chooseOpenPath: async () => path })
    const summary = answerOf<{ items: Record<string, number> }>(
      await other.tandem.router.handle('export:inspect-backup', undefined),
    )
    expect(summary.items.sessions).toBe(2)
  })

  it('accepts a backup laid out as earlier versions wrote it (indented JSON), read as a whole', async () => {
    const { path, backup } = await goodBackup()
    const older = join(path, '..', 'older.json')
    await writeFile(older, `${JSON.stringify(backup, null, 1)}\n`)
    const other = await engine(NOW, { chooseOpenPath: async () => older })
    const summary = answerOf<{ documents: number; items: Record<string, number> }>(
      await other.tandem.router.handle('export:inspect-backup', undefined),
    )
    expect(summary).toMatchObject({ documents: backup.documents.length, items: { sessions: 2 } })
  })
})
