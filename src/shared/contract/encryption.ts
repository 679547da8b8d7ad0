import { z } from 'zod'
import {
  LockAfterMinutes,
  type LockStatus,
  NewPassphrase,
  Passphrase,
  RecoveryKeyText,
} from '../domain/privacy'
import { channel } from './channel'

export const encryptionChannels = {
  /**
   * First step of turning encryption on: makes the data key and the recovery key and holds them in
   * memory only (nothing is written). Answers the recovery key to show once; turn-on needs it typed back.
   * Asking again replaces the pending keys.
   */
  'encryption:prepare': channel(z.undefined()).returns<{ recoveryKey: string }>(),
  /**
   * Saves the pending recovery key as a small text file where the user chooses (Save dialog); null when
   * they cancelled. It is the only file Tandem writes that holds the key, and only when asked.
   */
  'encryption:save-recovery-key': channel(z.undefined()).returns<{ path: string } | null>(),
  /**
   * Turns encryption on with `passphrase`, once the user typed the pending recovery key back (checked
   * here; a mismatch answers invalid-input on field recoveryKey). Rewrites every journal file encrypted,
   * durably, one at a time (lock:status shows the progress); a crash midway finishes on the next unlock.
   */
  'encryption:turn-on': channel(
    z.strictObject({ passphrase: NewPassphrase, recoveryKey: RecoveryKeyText }),
  ).returns<LockStatus>(),
  /** Turns encryption off after the passphrase is confirmed: every file is rewritten in plain JSON. */
  'encryption:turn-off': channel(z.strictObject({ passphrase: Passphrase })).returns<LockStatus>(),
  /** Rewraps the data key with a new passphrase: instant, no journal file is rewritten. */
  'encryption:change-passphrase': channel(
    z.strictObject({ current: Passphrase, next: NewPassphrase }),
  ).returns<LockStatus>(),
  /** How long without use before Tandem locks itself (0 = never). */
  'encryption:set-lock-after': channel(z.strictObject({ minutes: LockAfterMinutes })).returns<LockStatus>(),
}
