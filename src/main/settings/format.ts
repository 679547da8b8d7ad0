import { z } from 'zod'
import { DEFAULT_JOURNAL_SETTINGS, JournalSettings } from '../../shared/domain/settings'
import type { DocumentFormat } from '../store/document'

/** settings.json: the journal's own settings. A journal document, so it is backed up and restored with it. */
const SettingsDoc = JournalSettings.extend({ schemaVersion: z.literal(1) })
export type SettingsDoc = z.infer<typeof SettingsDoc>

export const settingsFormat: DocumentFormat<SettingsDoc> = {
  current: 1,
  migrations: {},
  schema: SettingsDoc,
  empty: () => ({ schemaVersion: 1, ...structuredClone(DEFAULT_JOURNAL_SETTINGS) }),
}
