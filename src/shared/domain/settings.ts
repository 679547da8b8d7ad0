import { z } from 'zod'

/**
 * Settings come in two kinds. Journal settings belong to the journal and travel with it (a restore,
 * another computer, a second journal folder): they are a validated document in the journal folder.
 * Settings of this computer (how the app looks here) live in the app's own config folder.
 * Nothing a user expects to keep lives in the renderer's localStorage.
 */

export const ThemeChoice = z.enum(['system', 'light', 'dark'])
export type ThemeChoice = z.infer<typeof ThemeChoice>

/** Text size in five steps, as a percentage of the app's base size. */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const
export const TextSize = z.union([
  z.literal(100),
  z.literal(125),
  z.literal(150),
  z.literal(175),
  z.literal(200),
])
export type TextSize = z.infer<typeof TextSize>

/** The next step up or down from `size`, staying within the five steps. */
export function stepTextSize(size: TextSize, change: 'larger' | 'smaller' | 'reset'): TextSize {
  if (change === 'reset') return 100
  const index = TEXT_SIZES.indexOf(size)
  const next = change === 'larger' ? Math.min(TEXT_SIZES.length - 1, index + 1) : Math.max(0, index - 1)
  return TEXT_SIZES[next] ?? 100
}

export const DeviceSettings = z.object({
  theme: ThemeChoice,
  highContrast: z.boolean(),
  textSize: TextSize,
  reduceMotion: z.boolean(),
})
export type DeviceSettings = z.infer<typeof DeviceSettings>

export const DEFAULT_DEVICE_SETTINGS: DeviceSettings = {
  theme: 'system',
  highContrast: false,
  textSize: 100,
  reduceMotion: false,
}

/** A time of day, 24-hour "HH:MM". */
export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Choose a time of day such as 09:00.' })

/** Reminders as notifications from the system, off until the user turns them on. */
export const ReminderSettings = z.object({
  enabled: z.boolean(),
  /** When in the day reminders may be shown (local time). */
  time: TimeOfDay,
  /** Before a planned next session with a partner. */
  sessions: z.boolean(),
  /** The weekly and monthly reflection reviews. */
  reviews: z.boolean(),
  /** Skills due for practice. */
  skills: z.boolean(),
})
export type ReminderSettings = z.infer<typeof ReminderSettings>

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: false,
  time: '09:00',
  sessions: true,
  reviews: true,
  skills: true,
}

export const JournalSettings = z.object({
  /** Skills not practised for at least this many days are "going stale". */
  staleAfterDays: z
    .number()
    .int({ message: 'Use a whole number of days.' })
    .min(1, { message: 'Use at least 1 day.' })
    .max(3650, { message: 'Use at most 3650 days (ten years).' }),
  reminders: ReminderSettings,
})
export type JournalSettings = z.infer<typeof JournalSettings>

export const DEFAULT_JOURNAL_SETTINGS: JournalSettings = {
  staleAfterDays: 30,
  reminders: DEFAULT_REMINDER_SETTINGS,
}

export interface Settings {
  journal: JournalSettings
  device: DeviceSettings
}

/** A change to some settings: only what is given changes. */
export const SettingsUpdate = z
  .object({
    journal: z
      .object({
        staleAfterDays: JournalSettings.shape.staleAfterDays.optional(),
        reminders: ReminderSettings.partial().strict().optional(),
      })
      .strict()
      .optional(),
    device: DeviceSettings.partial().strict().optional(),
  })
  .strict()
export type SettingsUpdate = z.infer<typeof SettingsUpdate>
