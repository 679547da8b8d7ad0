import { z } from 'zod'

/**
 * A passphrase as the user typed it. Not trimmed: spaces are part of it. At least 8 characters when one
 * is set (a long phrase of ordinary words is easier to remember and harder to guess than a short code).
 */
export const NewPassphrase = z
  .string()
  .min(8, { message: 'Use at least 8 characters. A few ordinary words in a row make a good passphrase.' })
  .max(1024, { message: 'That passphrase is too long (1,024 characters at most).' })

/** A passphrase to check against the one set: any length, since the check says whether it is right. */
export const Passphrase = z
  .string()
  .min(1, { message: 'Enter your passphrase.' })
  .max(1024, { message: 'That passphrase is too long (1,024 characters at most).' })

/**
 * A recovery key as shown to the user: 32 random bytes in Crockford base32, in groups of four letters
 * joined by dashes. Typed back, case, spaces and dashes do not matter (and O/I/L read as 0/1/1).
 */
export const RecoveryKeyText = z
  .string()
  .min(1, { message: 'Enter your recovery key.' })
  .max(200, { message: 'That is longer than a recovery key.' })

/** Auto-lock after this many minutes without use; 0 = never. */
export const LOCK_AFTER_CHOICES = [1, 5, 10, 15, 30, 60, 0] as const
export const LockAfterMinutes = z.union([
  z.literal(1),
  z.literal(5),
  z.literal(10),
  z.literal(15),
  z.literal(30),
  z.literal(60),
  z.literal(0),
])
export type LockAfterMinutes = z.infer<typeof LockAfterMinutes>
export const DEFAULT_LOCK_AFTER_MINUTES: LockAfterMinutes = 10

/** Turning encryption on or off: every journal file is rewritten, one at a time. */
export interface EncryptionTransition {
  direction: 'on' | 'off'
  /** Files rewritten so far, of `total`. */
  done: number
  total: number
}

/** Where the journal stands: readable by everyone who can open its folder, locked, or open with the key. */
export interface LockStatus {
  /** True when the journal's files are encrypted (or being encrypted) with a passphrase. */
  encrypted: boolean
  /** True while the data key is not in memory: every channel but the lock's answers `locked`. */
  locked: boolean
  /** Auto-lock after this many idle minutes (0 = never); meaningful only when encrypted. */
  lockAfterMinutes: LockAfterMinutes
  /** The wrapped key is kept in this computer's keychain, so Tandem opens without the passphrase here. */
  remembered: boolean
  /** Whether this computer offers a keychain (Electron safeStorage); false in the test runtime. */
  canRemember: boolean
  /** Set while files are being rewritten (turning on or off, or finishing a change a crash cut short). */
  transition: EncryptionTransition | null
  /** The KDF and its parameters, for Settings' "how it works" line (e.g. "scrypt, N=2^17, r=8, p=1"). */
  kdf: string | null
}
