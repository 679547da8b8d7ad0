import { z } from 'zod'
import { channel } from './channel'
import type { RestoreResult } from './export'

/**
 * A backup in the journal's backups/ folder, named as Tandem names them: a file name only, never a
 * path (the renderer is untrusted); main also checks it is one of the backups it lists.
 */
export const BackupFileName = z
  .string()
  .max(120, { message: 'That is not one of the journal’s backups.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.tandem-backup\.json$/, {
    message: 'That is not one of the journal’s backups.',
  })

export const BackupSettings = z.object({
  keepDaily: z
    .number()
    .int({ message: 'Keep a whole number of daily backups.' })
    .min(1, { message: 'Keep at least 1 daily backup.' })
    .max(365, { message: 'Keep at most 365 daily backups.' }),
  keepWeekly: z
    .number()
    .int({ message: 'Keep a whole number of weekly backups.' })
    .min(0, { message: 'Weekly backups cannot be fewer than 0.' })
    .max(104, { message: 'Keep at most 104 weekly backups.' }),
})
export type BackupSettings = z.infer<typeof BackupSettings>

/**
 * auto: the daily backup; before-restore / before-import: the journal as it was before a restore or an
 * import; other: a file put there by hand.
 */
export type BackupKind = 'auto' | 'before-restore' | 'before-import' | 'other'

export interface BackupEntry {
  file: string
  kind: BackupKind
  /** When the backup was made (ISO 8601, from inside the file). */
  createdAt: string
  sizeBytes: number
  /** Items per kind: sessions, practice, reflections (shards) and goals, skills, partners, programs. */
  counts: Record<string, number>
}

export interface BackupFailure {
  /** When the daily backup failed (ISO 8601). */
  at: string
  /** What went wrong, in plain words. */
  reason: string
}

export interface BackupList {
  /** Newest first; only backups that were read back and checked in full. */
  backups: BackupEntry[]
  /** The last daily backup that failed, until one succeeds again; null when none has failed. */
  lastFailure: BackupFailure | null
}

export const backupsChannels = {
  /** Waits for a daily backup that is being written, then lists the checked backups. */
  'backups:list': channel(z.undefined()).returns<BackupList>(),
  /** Restores one listed backup (the journal as it was is saved first, as before-restore). */
  'backups:restore': channel(z.object({ file: BackupFileName })).returns<RestoreResult>(),
  'backups:settings': channel(z.undefined()).returns<BackupSettings>(),
  'backups:update-settings': channel(BackupSettings).returns<BackupSettings>(),
}
