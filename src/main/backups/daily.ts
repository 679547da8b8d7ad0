import { mkdir, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupSettings } from '../../shared/contract/backups'
import { localToday } from '../../shared/domain/common'
import { TandemError } from '../../shared/errors'
import type { Clock } from '../context'
import { describeFsError } from '../store/document'
import { PRIVATE_FOLDER_MODE, writeFileDurable } from '../store/durable-file'
import type { Journal } from '../store/journal'
import { AUTO_NAME, type BackupCatalog } from './catalog'
import { checkBackupInSlices } from './check'
import { BACKUP_SUFFIX, backupPieces, documentLine } from './file'
import { backupsToKeep } from './retention'
import { runInSlices, type Steps } from './steps'

/** After a failed daily backup, the next change tries again once this much later, not on every save. */
const RETRY_MS = 10 * 60_000

/**
 * The daily backup: on the first successful write of each local day, the whole journal is written to
 * `backups/auto-<day>.tandem-backup.json`, read back and checked, and old ones are pruned.
 *
 * It never holds up a save: it runs in the background, builds the file from the documents as they are in
 * memory (no write queue waits for it), and works in slices of a few milliseconds. Each document is
 * encoded in one piece, so each is a state it really had; which items each shard holds is taken in one
 * synchronous pass, so an item that moves month meanwhile is in the backup exactly once. Documents may
 * come from moments a few milliseconds apart (a delete's links being dropped), as on disk.
 */
export class DailyBackups {
  private running: Promise<void> | null = null
  private doneDay: string | null = null
  private retryAfter = 0

  constructor(
    private readonly journal: Journal,
    private readonly clock: Clock,
    private readonly catalog: BackupCatalog,
    private readonly settings: () => BackupSettings,
  ) {}

  /** Hears every successful write: a date comparison, unless today's backup is still to be made. */
  noticeWrite(): void {
    if (this.running || this.journal.closed) return
    const now = this.clock.now()
    const day = localToday(now)
    if (day === this.doneDay || now.getTime() < this.retryAfter) return
    this.running = this.run(day, now).finally(() => {
      this.running = null
    })
  }

  /** Resolves when no daily backup is being written. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve()
  }

  private async run(day: string, now: Date): Promise<void> {
    const file = `auto-${day}${BACKUP_SUFFIX}`
    const path = join(this.catalog.folder, file)
    try {
      if (
        await stat(path).then(
          () => true,
          () => false,
        )
      ) {
        this.doneDay = day
        return
      }
      await this.write(path, file, now)
      this.doneDay = day
      this.catalog.lastFailure = null
      await this.prune()
    } catch (error) {
      this.retryAfter = now.getTime() + RETRY_MS
      this.catalog.lastFailure = { at: now.toISOString(), reason: reasonOf(error, this.catalog.folder) }
    }
  }

  private async write(path: string, file: string, now: Date): Promise<void> {
    await mkdir(this.catalog.folder, { recursive: true, mode: PRIVATE_FOLDER_MODE })
    const lines = await runInSlices(this.documentLines())
    await writeFileDurable(
      path,
      this.journal.toDisk(path, backupPieces(now.toISOString(), lines)),
      this.journal.fs,
    )
    let counts: Record<string, number>
    try {
      counts = (
        await checkBackupInSlices(this.journal.plainOf(path, await readFile(path)), this.journal.registered)
      ).items
    } catch (error) {
      // A backup that does not read back complete is no backup: it must never be counted or offered.
      await unlink(path).catch(() => undefined)
      const why =
        error instanceof TandemError ? error.message.replace(/ Your journal was not changed\.$/, '') : ''
      throw new BackupFailed(
        `the backup did not read back complete, so it was deleted${why ? ` (${why})` : ''}`,
      )
    }
    const { size } = await stat(path)
    await this.catalog.add({ file, kind: 'auto', createdAt: now.toISOString(), sizeBytes: size, counts })
  }

  /** One line per document, taken from memory in one pass (see the class comment). */
  private *documentLines(): Steps<string[]> {
    const parts = this.journal.snapshot()
    const lines: string[] = []
    for (const part of parts) {
      const data = part.data()
      const version = (data as { schemaVersion?: unknown }).schemaVersion
      lines.push(
        documentLine({ path: part.path, schemaVersion: typeof version === 'number' ? version : 0, data }),
      )
      yield
    }
    return lines
  }

  /** Removes the automatic backups the retention setting no longer keeps. Other backups are the user's. */
  private async prune(): Promise<void> {
    const { keepDaily, keepWeekly } = this.settings()
    const autos = (await this.catalog.list()).flatMap((entry) => {
      const day = AUTO_NAME.exec(entry.file)?.[1]
      return day ? [{ file: entry.file, day }] : []
    })
    const keep = backupsToKeep(
      autos.map((a) => a.day),
      keepDaily,
      keepWeekly,
    )
    const gone = autos.filter((a) => !keep.has(a.day)).map((a) => a.file)
    for (const file of gone) await unlink(join(this.catalog.folder, file)).catch(() => undefined)
    if (gone.length > 0) await this.catalog.forget(gone)
  }
}

class BackupFailed extends Error {}

/** Why the backup failed, in words for the backup card. */
function reasonOf(error: unknown, folder: string): string {
  if (error instanceof BackupFailed) return `The daily backup failed: ${error.message}.`
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'EEXIST' || code === 'ENOTDIR') {
    return `The daily backup failed: ${folder} should be a folder, but something else has that name. Move it away and Tandem tries again.`
  }
  return `The daily backup failed: Tandem could not write to ${folder} (${describeFsError(error)}).`
}
