import { rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { DEFAULT_DEVICE_SETTINGS, DeviceSettings } from '../../shared/domain/settings'
import { decodeDocument, encodeDocument } from '../store/codec'
import { readBytesIfExists, writeFileDurable } from '../store/durable-file'

/** This computer's settings: how the app looks here. Kept in the app's config folder, not the journal. */
const DeviceFile = DeviceSettings.extend({ schemaVersion: z.literal(1) })

export const DEVICE_SETTINGS_FILE = 'device-settings.json'

export interface DeviceSettingsStore {
  read(): DeviceSettings
  write(settings: DeviceSettings): Promise<void>
}

/**
 * Reads the file once; a file this version cannot use is renamed aside (never overwritten) and the
 * defaults are used. Writes are durable (temp file, fsync, rename) and 0600 like journal files.
 */
export async function openDeviceSettings(configDir: string | undefined): Promise<DeviceSettingsStore> {
  let current: DeviceSettings = { ...DEFAULT_DEVICE_SETTINGS }
  if (!configDir) {
    // Engines built without a config folder (unit tests): the settings last as long as the engine.
    return {
      read: () => current,
      write: async (settings) => {
        current = settings
      },
    }
  }
  const file = join(configDir, DEVICE_SETTINGS_FILE)
  try {
    const bytes = readBytesIfExists(file)
    if (bytes !== null) {
      const parsed = DeviceFile.safeParse(decodeDocument(bytes))
      if (!parsed.success) throw new Error('not a device settings file this version can read')
      const { schemaVersion: _, ...settings } = parsed.data
      current = settings
    }
  } catch {
    await rename(file, `${file}.unreadable-${Date.now()}`).catch(() => undefined)
  }
  let queue: Promise<void> = Promise.resolve()
  return {
    read: () => current,
    write(settings) {
      const next = queue.then(() =>
        writeFileDurable(file, encodeDocument({ schemaVersion: 1, ...settings })).then(() => {
          current = settings
        }),
      )
      queue = next.catch(() => undefined)
      return next
    },
  }
}
