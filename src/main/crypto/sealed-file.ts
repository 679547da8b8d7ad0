import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/**
 * The bytes of an encrypted journal file (all numbers fixed, no length fields to trust):
 *
 *   offset  size  what
 *   0       8     magic "TNDMENC" and format version 1 (0x01)
 *   8       1     cipher: 1 = AES-256-GCM
 *   9       8     key id: which data key sealed it (the key file's keyId)
 *   17      12    nonce, random for every write
 *   29      n     ciphertext (the file's plain bytes: UTF-8 JSON)
 *   29+n    16    GCM tag
 *
 * The additional authenticated data is the 29 header bytes followed by the file's path inside the
 * journal (forward slashes, UTF-8): a file moved to another name, or swapped with another, fails to open.
 * A plain JSON file never starts with the magic, so each file says by itself which form it is in, which
 * lets a journal be part plain, part encrypted while encryption is being turned on or off.
 */
export const SEALED_MAGIC = Buffer.from([0x54, 0x4e, 0x44, 0x4d, 0x45, 0x4e, 0x43, 0x01])
export const CIPHER_AES_256_GCM = 1
export const KEY_ID_BYTES = 8
export const NONCE_BYTES = 12
export const TAG_BYTES = 16
export const HEADER_BYTES = SEALED_MAGIC.length + 1 + KEY_ID_BYTES + NONCE_BYTES

/** Why a sealed file cannot be opened, in words for the set-aside report. */
export class SealedFileError extends Error {
  override name = 'SealedFileError'
}

export function isSealed(bytes: Uint8Array): boolean {
  if (bytes.length < SEALED_MAGIC.length) return false
  for (let i = 0; i < SEALED_MAGIC.length; i++) if (bytes[i] !== SEALED_MAGIC[i]) return false
  return true
}

function aadOf(header: Uint8Array, path: string): Buffer {
  return Buffer.concat([header, Buffer.from(path, 'utf8')])
}

/** Encrypts `plain` for the file at `path` (relative to the journal) with a fresh nonce. */
export function seal(
  plain: Uint8Array | string,
  key: Uint8Array,
  keyId: Uint8Array,
  path: string,
  nonce: Uint8Array = randomBytes(NONCE_BYTES),
): Buffer {
  if (key.length !== 32) throw new Error('A data key is 32 bytes')
  if (keyId.length !== KEY_ID_BYTES) throw new Error('A key id is 8 bytes')
  if (nonce.length !== NONCE_BYTES) throw new Error('A nonce is 12 bytes')
  const header = Buffer.concat([SEALED_MAGIC, Buffer.from([CIPHER_AES_256_GCM]), keyId, nonce])
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES })
  cipher.setAAD(aadOf(header, path))
  const body = typeof plain === 'string' ? Buffer.from(plain, 'utf8') : plain
  const out = Buffer.concat([header, cipher.update(body), cipher.final(), cipher.getAuthTag()])
  return out
}

/** The key id a sealed file names, to tell "another key" from "damaged". */
export function keyIdOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.subarray(SEALED_MAGIC.length + 1, SEALED_MAGIC.length + 1 + KEY_ID_BYTES))
}

/**
 * Decrypts a sealed file read from `path`. Fails closed: a file that was changed by even one bit, cut
 * short, sealed by another key or moved from another path throws SealedFileError, and no plaintext of it
 * is returned (GCM checks the tag before `final` returns; nothing is used before then).
 */
export function open(bytes: Uint8Array, key: Uint8Array, keyId: Uint8Array, path: string): Buffer {
  if (!isSealed(bytes)) throw new SealedFileError('it is not an encrypted Tandem file')
  if (bytes.length < HEADER_BYTES + TAG_BYTES) throw new SealedFileError('it is cut short')
  if (bytes[SEALED_MAGIC.length] !== CIPHER_AES_256_GCM) {
    throw new SealedFileError('it was encrypted in a way this version of Tandem does not know')
  }
  if (!keyIdOf(bytes).equals(Buffer.from(keyId))) {
    throw new SealedFileError('it was encrypted with a different key than this journal’s')
  }
  const header = bytes.subarray(0, HEADER_BYTES)
  const nonce = bytes.subarray(SEALED_MAGIC.length + 1 + KEY_ID_BYTES, HEADER_BYTES)
  const tag = bytes.subarray(bytes.length - TAG_BYTES)
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES })
  decipher.setAAD(aadOf(header, path))
  decipher.setAuthTag(tag)
  const first = decipher.update(bytes.subarray(HEADER_BYTES, bytes.length - TAG_BYTES))
  try {
    return Buffer.concat([first, decipher.final()])
  } catch {
    first.fill(0)
    throw new SealedFileError(
      'it does not pass the encryption check: it was changed, cut short or moved from another file',
    )
  }
}
