import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupList, BackupSettings } from '../../shared/contract/backups'
import type { RestoreResult } from '../../shared/contract/export'
import { TandemError } from '../../shared/errors'
import type { FeatureContext } from '../context'
import { isPortableBackup, openPortableBackup } from '../crypto/portable-backup'
import { isSealed } from '../crypto/sealed-file'
import type { Journal } from '../store/journal'
import { InvalidDocumentError } from '../store/migrations'
import { BackupCatalog } from './catalog'
import { type CheckedBackup, checkBackup, checkBackupInSlices } from './check'
import { DailyBackups } from './daily'
import { backupsFormat } from './format'
import {
  createBackup,
  restoreBackup,
  saveJournalBackup,
  writeBackup,
  writePortableBackup,
} from './journal-files'

export type { CheckedBackup } from './check'

export interface BackupsDeps {
  /** Closes the journal, runs `rewrite` on its folder, then re-opens the engine on it (a restore). */
  reopen(rewrite: () => Promise<void>): Promise<void>
}

export async function openBackups(ctx: FeatureContext, deps: BackupsDeps) {
  const doc = await ctx.journal.document('backups.json', backupsFormat)
  const catalog = new BackupCatalog(ctx.journal)
  const daily = new DailyBackups(ctx.journal, ctx.clock, catalog, () => settingsOf(doc.data))
  ctx.journal.onWritten(() => daily.noticeWrite())
  // Closing the journal (quitting, or a restore) waits for a daily backup being written.
  ctx.journal.track(() => daily.idle())

  /** Replaces the journal with a checked backup while it is closed, so no earlier save lands on top. */
  async function restoreChecked(backup: CheckedBackup): Promise<RestoreResult> {
    let result: RestoreResult | null = null
    await deps.reopen(async () => {
      result = await restoreBackup(ctx.journal, backup, ctx.clock.now())
    })
    if (result === null) throw new TandemError('internal', 'The restore did not run.')
    return result
  }

  return {
    async list(): Promise<BackupList> {
      await daily.idle()
      return { backups: await catalog.list(), lastFailure: catalog.lastFailure }
    },

    /** Restores one of the listed backups; `file` is a bare name the contract has checked. */
    async restore(file: string): Promise<RestoreResult> {
      await daily.idle()
      const listed = (await catalog.list()).some((entry) => entry.file === file)
      if (!listed)
        throw new TandemError(
          'not-found',
          'That backup is not in the list any more. Your journal was not changed.',
        )
      const path = join(catalog.folder, file)
      const bytes = plainBackupBytes(ctx.journal, path, await readFileOrRefuse(path))
      return restoreChecked(await checkBackupInSlices(bytes, ctx.journal.registered))
    },

    settings: (): BackupSettings => settingsOf(doc.data),

    /** Takes effect at the next daily backup, which removes the ones no longer kept. */
    async updateSettings(settings: BackupSettings): Promise<BackupSettings> {
      await doc.change((data) => {
        data.keepDaily = settings.keepDaily
        data.keepWeekly = settings.keepWeekly
      })
      return settingsOf(doc.data)
    },

    /** A backup the user asked for, saved where they chose. */
    async saveCopy(
      path: string,
      passphrase?: string,
    ): Promise<{ path: string; documents: number; ownPassphrase: boolean }> {
      const backup = await createBackup(ctx.journal, ctx.clock.now())
      if (passphrase === undefined) await writeBackup(ctx.journal, backup, path)
      else await writePortableBackup(ctx.journal, backup, path, passphrase)
      return { path, documents: backup.documents.length, ownPassphrase: passphrase !== undefined }
    },

    /**
     * A backup file the user picked, checked in full; nothing changes yet. A backup with its own
     * passphrase answers "needs-passphrase" until it is given one.
     */
    async inspect(path: string, passphrase?: string): Promise<CheckedBackup | 'needs-passphrase'> {
      const bytes = await readFileOrRefuse(path)
      if (isPortableBackup(bytes)) {
        if (passphrase === undefined) return 'needs-passphrase'
        return checkBackup(await openPortableBackup(bytes, passphrase), ctx.journal.registered)
      }
      return checkBackup(plainBackupBytes(ctx.journal, path, bytes), ctx.journal.registered)
    },

    restoreChecked,

    /** The journal as it is now, saved among its own backups before an import writes into it; answers the path. */
    async saveBeforeImport(): Promise<string> {
      await daily.idle()
      return saveJournalBackup(ctx.journal, 'before-import', ctx.clock.now())
    },
  }
}

export type BackupsService = Awaited<ReturnType<typeof openBackups>>

const settingsOf = ({ keepDaily, keepWeekly }: BackupSettings): BackupSettings => ({ keepDaily, keepWeekly })

async function readFileOrRefuse(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch {
    throw new TandemError('not-found', 'Tandem could not read that file. Your journal was not changed.')
  }
}

/**
 * A backup file's plain bytes; the check decodes them through the store's codec. An encrypted one is
 * opened with this journal's key, and refused in words when it cannot be.
 */
function plainBackupBytes(journal: Journal, path: string, bytes: Uint8Array): Uint8Array {
  // A backup made before encryption was turned on is welcome: it is checked in full, then written encrypted.
  if (!isSealed(bytes)) return bytes
  try {
    return journal.plainOf(path, bytes)
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) throw error
    throw new TandemError(
      'invalid-input',
      `That backup is encrypted, and this journal's key does not open it: ${error.message}. A backup made with its own passphrase opens in any journal. Your journal was not changed.`,
    )
  }
}
