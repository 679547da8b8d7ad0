import type { HandlersOf } from '../router'
import type { SettingsService } from './service'

export function settingsHandlers(settings: SettingsService): HandlersOf<'settings'> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (update) => settings.update(update),
  }
}
