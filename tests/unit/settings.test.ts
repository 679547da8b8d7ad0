import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTandem } from '../../src/main/app'
import { DEVICE_SETTINGS_FILE } from '../../src/main/settings/device-file'
import {
  DEFAULT_DEVICE_SETTINGS,
  DEFAULT_JOURNAL_SETTINGS,
  stepTextSize,
} from '../../src/shared/domain/settings'
import { callsTo } from './helpers/call'
import { openEngine, tempDir } from './helpers/temp'

async function engineWithConfig(dataDir: string, configDir: string) {
  const tandem = await createTandem({
    dataDir,
    configDir,
    resourcesDir: 'resources',
    ports: { openExternal: async () => undefined },
    log: () => undefined,
  })
  return { tandem, ...callsTo(tandem.router) }
}

describe('settings', () => {
  it('starts with the defaults', async () => {
    const { call } = await openEngine()
    expect(await call('settings:get')).toEqual({
      journal: DEFAULT_JOURNAL_SETTINGS,
      device: DEFAULT_DEVICE_SETTINGS,
    })
  })

  it('keeps journal settings in the journal folder and this computer’s in the config folder', async () => {
    const dataDir = await tempDir()
    const configDir = await tempDir('tandem-config-')
    const first = await engineWithConfig(dataDir, configDir)
    await first.call('settings:update', {
      journal: { staleAfterDays: 45, reminders: { enabled: true, time: '08:30' } },
      device: { theme: 'dark', textSize: 150 },
    })
    await first.tandem.close()

    const journalFile = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))
    expect(journalFile).toMatchObject({ schemaVersion: 1, staleAfterDays: 45 })
    expect(journalFile.reminders).toEqual({
      ...DEFAULT_JOURNAL_SETTINGS.reminders,
      enabled: true,
      time: '08:30',
    })
    expect(journalFile).not.toHaveProperty('theme')
    const deviceFile = join(configDir, DEVICE_SETTINGS_FILE)
    expect(JSON.parse(readFileSync(deviceFile, 'utf8'))).toMatchObject({ theme: 'dark', textSize: 150 })
    if (process.platform !== 'win32') expect(statSync(deviceFile).mode & 0o777).toBe(0o600)

    const again = await engineWithConfig(dataDir, configDir)
    const settings = await again.call('settings:get')
    expect(settings.journal.staleAfterDays).toBe(45)
    expect(settings.device).toEqual({ ...DEFAULT_DEVICE_SETTINGS, theme: 'dark', textSize: 150 })
    // Another journal folder on this computer: the look stays, the journal's own settings do not.
    const other = await engineWithConfig(await tempDir(), configDir)
    const otherSettings = await other.call('settings:get')
    expect(otherSettings.journal.staleAfterDays).toBe(30)
    expect(otherSettings.device.theme).toBe('dark')
    await again.tandem.close()
    await other.tandem.close()
  })

  it('refuses what it cannot keep, in words, and changes nothing', async () => {
    const { call, refusal } = await openEngine()
    expect((await refusal('settings:update', { journal: { staleAfterDays: 0 } })).message).toBe(
      'Use at least 1 day.',
    )
    expect(
      (await refusal('settings:update', { journal: { reminders: { time: '9 o’clock' } } })).message,
    ).toBe('Choose a time of day such as 09:00.')
    // Text size only in its five steps; unknown keys are not smuggled in.
    await refusal('settings:update', { device: { textSize: 130 } })
    await refusal('settings:update', { device: { fontFamily: 'x' } })
    expect(await call('settings:get')).toEqual({
      journal: DEFAULT_JOURNAL_SETTINGS,
      device: DEFAULT_DEVICE_SETTINGS,
    })
  })

  it('sets a damaged device settings file aside and uses the defaults', async () => {
    const configDir = await tempDir('tandem-config-')
    writeFileSync(join(configDir, DEVICE_SETTINGS_FILE), '{"schemaVersion":1,"theme":"purple"')
    const { call, tandem } = await engineWithConfig(await tempDir(), configDir)
    expect((await call('settings:get')).device).toEqual(DEFAULT_DEVICE_SETTINGS)
    expect(
      readdirSync(configDir).some((name) => name.startsWith(`${DEVICE_SETTINGS_FILE}.unreadable-`)),
    ).toBe(true)
    await call('settings:update', { device: { highContrast: true } })
    expect((await call('settings:get')).device.highContrast).toBe(true)
    await tandem.close()
  })

  it('steps text size within 100–200%', () => {
    expect(stepTextSize(100, 'larger')).toBe(125)
    expect(stepTextSize(200, 'larger')).toBe(200)
    expect(stepTextSize(100, 'smaller')).toBe(100)
    expect(stepTextSize(175, 'smaller')).toBe(150)
    expect(stepTextSize(175, 'reset')).toBe(100)
  })
})
