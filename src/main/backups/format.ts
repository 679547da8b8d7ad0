import { z } from 'zod'
import { BackupSettings } from '../../shared/contract/backups'
import type { DocumentFormat } from '../store/document'

/** backups.json: how many automatic backups to keep. A journal document, so it is itself backed up. */
const BackupsDoc = BackupSettings.extend({ schemaVersion: z.literal(1) })
export type BackupsDoc = z.infer<typeof BackupsDoc>

export const DEFAULT_KEEP_DAILY = 14
export const DEFAULT_KEEP_WEEKLY = 8

export const backupsFormat: DocumentFormat<BackupsDoc> = {
  current: 1,
  migrations: {},
  schema: BackupsDoc,
  empty: () => ({ schemaVersion: 1, keepDaily: DEFAULT_KEEP_DAILY, keepWeekly: DEFAULT_KEEP_WEEKLY }),
}
