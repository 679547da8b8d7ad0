import type { JournalSettings, Settings, SettingsUpdate } from '../../shared/domain/settings'
import type { FeatureContext } from '../context'
import type { DeviceSettingsStore } from './device-file'
import { settingsFormat } from './format'

export interface SettingsService {
  get(): Settings
  journal(): JournalSettings
  update(update: SettingsUpdate): Promise<Settings>
}

export async function openSettings(
  ctx: FeatureContext,
  deps: { device: DeviceSettingsStore },
): Promise<SettingsService> {
  const doc = await ctx.journal.document('settings.json', settingsFormat)
  const journal = (): JournalSettings => {
    const { schemaVersion: _, ...settings } = doc.data
    return settings
  }
  const get = (): Settings => ({ journal: journal(), device: deps.device.read() })
  return {
    get,
    journal,
    async update(update) {
      if (update.device) await deps.device.write({ ...deps.device.read(), ...update.device })
      const change = update.journal
      if (change && (change.staleAfterDays !== undefined || change.reminders)) {
        await doc.change((data) => {
          if (change.staleAfterDays !== undefined) data.staleAfterDays = change.staleAfterDays
          if (change.reminders) data.reminders = { ...data.reminders, ...change.reminders }
        })
      }
      return get()
    },
  }
}
