import { z } from 'zod'
import { type LockStatus, NewPassphrase, Passphrase, RecoveryKeyText } from '../domain/privacy'
import type { DeviceSettings } from '../domain/settings'
import { channel } from './channel'

export const WindowAnswer = z.enum(['saving', 'kept-open'])
export type WindowAnswer = z.infer<typeof WindowAnswer>

/**
 * The lock's channels: the only ones the router answers while the journal is locked (every other
 * channel answers the `locked` error then). See LOCKED_OPEN_CHANNELS.
 */
export const lockChannels = {
  /** Whether the journal is encrypted and locked, and the lock's settings. Answered when locked. */
  'lock:status': channel(z.undefined()).returns<LockStatus>(),
  /**
   * Opens the journal with the passphrase: the key is derived (about half a second), the data key
   * unwrapped and the features opened. A wrong passphrase answers `wrong-passphrase` and changes nothing.
   */
  'lock:unlock': channel(z.strictObject({ passphrase: Passphrase })).returns<LockStatus>(),
  /**
   * Opens the journal with the recovery key and sets a new passphrase in the same step (the old one is
   * forgotten). A wrong key answers `wrong-passphrase` and changes nothing.
   */
  'lock:recover': channel(
    z.strictObject({ recoveryKey: RecoveryKeyText, newPassphrase: NewPassphrase }),
  ).returns<LockStatus>(),
  /**
   * Locks now: pending saves land first, then the data key, every decrypted document and the search
   * index are dropped. The renderer saves what is being typed before asking. Does nothing when the
   * journal is not encrypted.
   */
  'lock:now': channel(z.undefined()).returns<LockStatus>(),
  /**
   * This computer's look (theme, contrast, text size, motion), so the lock screen appears as the user
   * set it. It lives in the config folder, not the journal, and holds nothing written in the journal.
   */
  'lock:appearance': channel(z.undefined()).returns<DeviceSettings>(),
  /**
   * The window's answer to the shell's "lock" (sent when the computer sleeps or its screen locks):
   * "saving" as soon as it starts saving what is being typed, "kept-open" when a save failed and it
   * keeps the journal open so the text is not lost behind the lock screen. The shell waits while the
   * window is saving and locks by itself only when the window does not answer at all.
   */
  'lock:window-answer': channel(z.strictObject({ answer: WindowAnswer })).returns<void>(),
  /** Keeps (or stops keeping) the wrapped key in this computer's keychain; `remember: true` needs canRemember. */
  'lock:remember': channel(z.strictObject({ remember: z.boolean() })).returns<LockStatus>(),
}

/** Channels the router answers while locked. */
export const LOCKED_OPEN_CHANNELS: ReadonlySet<string> = new Set([
  'lock:status',
  'lock:unlock',
  'lock:recover',
  'lock:now',
  'lock:appearance',
  'lock:window-answer',
])
