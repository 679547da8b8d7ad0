import { z } from 'zod'
import { type Settings, SettingsUpdate } from '../domain/settings'
import { channel } from './channel'

export const settingsChannels = {
  /** The journal's settings and this computer's. */
  'settings:get': channel(z.undefined()).returns<Settings>(),
  /** Changes only the settings given; answers all of them as they now are. */
  'settings:update': channel(SettingsUpdate).returns<Settings>(),
}
