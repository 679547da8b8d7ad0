import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { LockAfterMinutes } from '../../shared/domain/privacy'
import { TandemError } from '../../shared/errors'
import {
  derivePassphraseKey,
  deriveRecoveryKey,
  newRecoveryKdf,
  newScryptParams,
  RecoveryKdf,
  ScryptParams,
} from './kdf'
import { KEY_ID_BYTES } from './sealed-file'

/** The key file's name in the journal folder: it travels with the journal, so another computer can open it. */
export const KEY_FILE = 'tandem-key.json'

export const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)

/** A data key wrapped with AES-256-GCM: nonce (12) | ciphertext (32) | tag (16), base64. */
const Wrapped = Base64

/**
 * The key file: nothing secret in plain, only the data key wrapped twice (by the passphrase key and by
 * the recovery key) and what is needed to derive those. `state` says whether files are being rewritten:
 * "turning-on" and "turning-off" mean a journal may hold both forms until the rewrite finishes.
 */
export const KeyFileSchema = z.object({
  format: z.literal('tandem-key'),
  schemaVersion: z.literal(1),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  state: z.enum(['on', 'turning-on', 'turning-off']),
  lockAfterMinutes: LockAfterMinutes,
  passphrase: z.object({ kdf: ScryptParams, wrapped: Wrapped }),
  recovery: z.object({ kdf: RecoveryKdf, wrapped: Wrapped }),
})
export type KeyFile = z.infer<typeof KeyFileSchema>

/** `dataKey` wrapped by `kek` with AES-256-GCM, bound to `aad`. */
export function wrap(dataKey: Uint8Array, kek: Uint8Array, aad: string): string {
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', kek, nonce)
  cipher.setAAD(Buffer.from(aad, 'utf8'))
  return Buffer.concat([nonce, cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]).toString(
    'base64',
  )
}

/** The key `wrap` wrapped, or null when `kek` or `aad` is not the one it was wrapped with (or it was changed). */
export function unwrap(wrapped: string, kek: Uint8Array, aad: string): Buffer | null {
  const bytes = Buffer.from(wrapped, 'base64')
  if (bytes.length !== 12 + 32 + 16) return null
  const decipher = createDecipheriv('aes-256-gcm', kek, bytes.subarray(0, 12))
  decipher.setAAD(Buffer.from(aad, 'utf8'))
  decipher.setAuthTag(bytes.subarray(44))
  try {
    return Buffer.concat([decipher.update(bytes.subarray(12, 44)), decipher.final()])
  } catch {
    return null
  }
}

const aadFor = (keyId: string, which: 'passphrase' | 'recovery') => `tandem-key|${keyId}|${which}`

export interface OpenKey {
  dataKey: Buffer
  keyId: Buffer
}

/** A new data key with its key file (state "turning-on"), wrapped by `passphrase` and by `recovery`. */
export async function createKeyFile(
  dataKey: Uint8Array,
  passphrase: string,
  recovery: Uint8Array,
  lockAfterMinutes: LockAfterMinutes,
): Promise<KeyFile> {
  const keyId = randomBytes(KEY_ID_BYTES).toString('hex')
  const kdf = newScryptParams()
  const recoveryKdf = newRecoveryKdf()
  const kek = await derivePassphraseKey(passphrase, kdf)
  const rek = deriveRecoveryKey(recovery, recoveryKdf)
  return {
    format: 'tandem-key',
    schemaVersion: 1,
    keyId,
    state: 'turning-on',
    lockAfterMinutes,
    passphrase: { kdf, wrapped: wrap(dataKey, kek, aadFor(keyId, 'passphrase')) },
    recovery: { kdf: recoveryKdf, wrapped: wrap(dataKey, rek, aadFor(keyId, 'recovery')) },
  }
}

const wrong = () =>
  new TandemError('wrong-passphrase', 'That passphrase does not open this journal. Check it and try again.')

/** The data key, with the passphrase; a wrong one throws `wrong-passphrase` (and changes nothing). */
export async function unlockWithPassphrase(file: KeyFile, passphrase: string): Promise<OpenKey> {
  const kek = await derivePassphraseKey(passphrase, file.passphrase.kdf)
  const dataKey = unwrap(file.passphrase.wrapped, kek, aadFor(file.keyId, 'passphrase'))
  kek.fill(0)
  if (!dataKey) throw wrong()
  return { dataKey, keyId: Buffer.from(file.keyId, 'hex') }
}

/** The data key, with the recovery key's bytes. */
export function unlockWithRecovery(file: KeyFile, recovery: Uint8Array): OpenKey {
  const rek = deriveRecoveryKey(recovery, file.recovery.kdf)
  const dataKey = unwrap(file.recovery.wrapped, rek, aadFor(file.keyId, 'recovery'))
  rek.fill(0)
  if (!dataKey) {
    throw new TandemError(
      'wrong-passphrase',
      'That recovery key does not open this journal. Check each group of letters and try again.',
      'recoveryKey',
    )
  }
  return { dataKey, keyId: Buffer.from(file.keyId, 'hex') }
}

/** The same key file with the data key wrapped by a new passphrase (new salt): no journal file changes. */
export async function rewrapPassphrase(
  file: KeyFile,
  dataKey: Uint8Array,
  passphrase: string,
): Promise<KeyFile> {
  const kdf = newScryptParams()
  const kek = await derivePassphraseKey(passphrase, kdf)
  const wrapped = wrap(dataKey, kek, aadFor(file.keyId, 'passphrase'))
  kek.fill(0)
  return { ...file, passphrase: { kdf, wrapped } }
}
