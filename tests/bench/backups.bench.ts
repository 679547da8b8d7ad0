import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { createTandem } from '../../src/main/app'
import { addDays } from '../../src/shared/domain/common'
import type { Session } from '../../src/shared/domain/session'
import { generateJournal } from './generate'
import { editOf } from './sessions.bench'
import { collectGarbage, median, percentile, timed } from './stats'

const DAY = 86_400_000
const SIZE = 10_000

export interface BackupsBenchOptions {
  moves?: number
  /** Daily backups measured (each one a day later on the bench's clock). */
  backups?: number
  lowdbSaves?: number
  log?: (line: string) => void
}

/**
 * At 10,000 sessions: a session changing month (`move_p95_ms`), the daily backup (`backup_ms`, median,
 * from the first save of a day until the backup is written, read back and checked), saves issued while
 * it runs (`save_during_backup_p95_ms`), and the peer a lowdb user gets by default: stock lowdb
 * JSONFile holding the same sessions in one file, saving one change (`lowdb_save_p95_ms`).
 */
export async function benchBackups(options: BackupsBenchOptions = {}): Promise<Record<string, number>> {
  const log = options.log ?? (() => undefined)
  const dir = await mkdtemp(join(tmpdir(), 'tandem-bench-backups-'))
  try {
    log(`backups: generating ${SIZE.toLocaleString('en')} sessions`)
    const { editTarget } = await generateJournal(dir, SIZE)
    let now = Date.now()
    const clock = { now: () => new Date(now) }
    const tandem = await createTandem({
      dataDir: dir,
      resourcesDir: 'resources',
      ports: { openExternal: async () => undefined },
      clock,
    })
    const save = async (session: Session, round: number, date = session.date) => {
      const result = await tandem.router.handle('sessions:update', { ...editOf(session, round), date })
      if (!result.ok) throw new Error(`sessions:update failed: ${result.error.message}`)
    }
    const backupDone = async () => {
      const result = await tandem.router.handle('backups:list', undefined)
      if (!result.ok) throw new Error(result.error.message)
      const failure = (result.value as { lastFailure: { reason: string } | null }).lastFailure
      if (failure) throw new Error(failure.reason)
    }
    try {
      // Warm-up: today's backup is made here and not counted.
      for (let i = 0; i < 10; i++) await save(editTarget, i)
      await backupDone()
      collectGarbage()

      const plain: number[] = []
      let round = 100
      for (let i = 0; i < (options.moves ?? 200); i++)
        plain.push((await timed(() => save(editTarget, round++))).ms)

      log('backups: moves between months')
      const moves: number[] = []
      const otherMonth = addDays(editTarget.date, 40)
      for (let i = 0; i < (options.moves ?? 200); i++) {
        const date = i % 2 === 0 ? otherMonth : editTarget.date
        moves.push((await timed(() => save(editTarget, round++, date))).ms)
      }

      const backups: number[] = []
      const during: number[] = []
      for (let b = 0; b < (options.backups ?? 5); b++) {
        log(`backups: daily backup ${b + 1}`)
        collectGarbage()
        now += DAY
        const start = performance.now()
        await save(editTarget, round++)
        let done = false
        const finished = backupDone().then(() => {
          done = true
          backups.push(performance.now() - start)
        })
        while (!done) during.push((await timed(() => save(editTarget, round++))).ms)
        await finished
      }

      const lowdb = await benchLowdb(dir, options.lowdbSaves ?? 40, log)
      return {
        move_p95_ms: percentile(moves, 95),
        /** Informative: saves without a move or a backup, in this same journal and run. */
        backups_bench_save_p95_ms: percentile(plain, 95),
        backup_ms: median(backups),
        backup_max_ms: Math.max(...backups),
        save_during_backup_p95_ms: percentile(during, 95),
        saves_during_backup: during.length,
        lowdb_save_p95_ms: lowdb,
      }
    } finally {
      await tandem.close()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Stock lowdb as its README shows it: one JSONFile holding every session; one change, then db.write(). */
async function benchLowdb(journal: string, saves: number, log: (line: string) => void): Promise<number> {
  log('backups: lowdb JSONFile, one file')
  const sessions: Session[] = []
  const folder = join(journal, 'sessions')
  for (const name of (await readdir(folder)).filter((n) => /^\d{4}-\d{2}\.json$/.test(n)).sort()) {
    sessions.push(...(JSON.parse(await readFile(join(folder, name), 'utf8')) as { items: Session[] }).items)
  }
  const dir = await mkdtemp(join(tmpdir(), 'tandem-bench-lowdb-'))
  try {
    const db = new Low<{ sessions: Session[] }>(new JSONFile(join(dir, 'db.json')), { sessions: [] })
    db.data = { sessions }
    await db.write()
    const samples: number[] = []
    for (let i = 0; i < saves; i++) {
      const target = db.data.sessions[i % db.data.sessions.length]
      if (target) target.title = `${target.title} (edit ${i})`
      collectGarbage()
      samples.push((await timed(() => db.write())).ms)
    }
    return percentile(samples, 95)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
