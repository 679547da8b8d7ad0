import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { TandemError } from '../../shared/errors'
import { derivePassphraseKey, newScryptParams, ScryptParams } from './kdf'
import { Base64, unwrap, wrap } from './key-file'
import { isSealed, KEY_ID_BYTES, keyIdOf, open, SealedFileError, seal } from './sealed-file'

/**
 * A backup made for moving elsewhere, sealed with a passphrase of its own instead of the journal's key,
 * so it opens on any computer and in any journal (or a new one):
 *
 *   offset  size  what
 *   0       8     magic "TNDMBAK" and format version 1 (0x01)
 *   8       2     length H of the header, big-endian, at most MAX_HEADER_BYTES
 *   10      H     the header: UTF-8 JSON { format, version, kdf (scrypt parameters and salt), wrapped }
 *   10+H    n     the backup's text as one sealed file (sealed-file.ts) under a random file key
 *
 * `wrapped` is the file key wrapped by the key scrypt derives from the passphrase, bound to the sealed
 * part's key id; the sealed part's additional data is the header's exact bytes. So a wrong passphrase is
 * told apart from a damaged file (the unwrap fails, nothing else is tried), and a change to any byte,
 * header included, fails closed.
 */
export const PORTABLE_MAGIC = Buffer.from([0x54, 0x4e, 0x44, 0x4d, 0x42, 0x41, 0x4b, 0x01])
export const MAX_HEADER_BYTES = 1024

const Header = z.strictObject({
  format: z.literal('tandem-portable-backup'),
  version: z.literal(1),
  // A file from elsewhere must not make Tandem spend gigabytes: at most four times the default's 128 MiB.
  kdf: ScryptParams.refine((kdf) => 128 * kdf.N * kdf.r <= 4 * 128 * 2 ** 17 * 8),
  wrapped: Base64,
})
type Header = z.infer<typeof Header>

export function isPortableBackup(bytes: Uint8Array): boolean {
  if (bytes.length < PORTABLE_MAGIC.length) return false
  for (let i = 0; i < PORTABLE_MAGIC.length; i++) if (bytes[i] !== PORTABLE_MAGIC[i]) return false
  return true
}

const wrapAad = (keyId: Uint8Array) => `tandem-portable-backup|${Buffer.from(keyId).toString('hex')}`
const sealedPath = (headerBytes: Uint8Array) => `portable-backup|${Buffer.from(headerBytes).toString('utf8')}`

/** Seals a backup's text with `passphrase` (scrypt at the journal's parameters: about half a second). */
export async function sealPortableBackup(
  text: string | readonly string[],
  passphrase: string,
  kdf: ScryptParams = newScryptParams(),
): Promise<Buffer> {
  const fileKey = randomBytes(32)
  const keyId = randomBytes(KEY_ID_BYTES)
  const kek = await derivePassphraseKey(passphrase, kdf)
  try {
    const header: Header = {
      format: 'tandem-portable-backup',
      version: 1,
      kdf,
      wrapped: wrap(fileKey, kek, wrapAad(keyId)),
    }
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8')
    const length = Buffer.alloc(2)
    length.writeUInt16BE(headerBytes.length)
    const body = seal(
      typeof text === 'string' ? text : text.join(''),
      fileKey,
      keyId,
      sealedPath(headerBytes),
    )
    return Buffer.concat([PORTABLE_MAGIC, length, headerBytes, body])
  } finally {
    kek.fill(0)
    fileKey.fill(0)
  }
}

const damaged = (why: string) =>
  new TandemError(
    'invalid-input',
    `That backup file cannot be opened: ${why}. It may have been damaged while it was copied. Your journal was not changed.`,
  )

/** The header and the sealed part of a portable backup, or a plain-words refusal when it is not one. */
function partsOf(bytes: Uint8Array): { header: Header; headerBytes: Uint8Array; body: Uint8Array } {
  if (!isPortableBackup(bytes)) throw damaged('it is not a backup with its own passphrase')
  if (bytes.length < PORTABLE_MAGIC.length + 2) throw damaged('it is cut short')
  const length = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt16BE(8)
  if (length > MAX_HEADER_BYTES || bytes.length < 10 + length) throw damaged('its header is damaged')
  const headerBytes = bytes.subarray(10, 10 + length)
  let header: Header
  try {
    header = Header.parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes)))
  } catch {
    throw damaged('its header is damaged')
  }
  const body = bytes.subarray(10 + length)
  if (!isSealed(body)) throw damaged('it is cut short or damaged')
  return { header, headerBytes, body }
}

/**
 * The backup's plain bytes. A wrong passphrase answers `wrong-passphrase` (field "passphrase"); a file
 * changed by even one byte answers `invalid-input` and no plaintext of it is returned.
 */
export async function openPortableBackup(
  bytes: Uint8Array,
  passphrase: string,
  derive: typeof derivePassphraseKey = derivePassphraseKey,
): Promise<Buffer> {
  const { header, headerBytes, body } = partsOf(bytes)
  const keyId = keyIdOf(body)
  const kek = await derive(passphrase, header.kdf)
  const fileKey = unwrap(header.wrapped, kek, wrapAad(keyId))
  kek.fill(0)
  if (!fileKey) {
    throw new TandemError(
      'wrong-passphrase',
      'That passphrase does not open this backup. Use the passphrase chosen when the backup was made.',
      'passphrase',
    )
  }
  try {
    return open(body, fileKey, keyId, sealedPath(headerBytes))
  } catch (error) {
    if (error instanceof SealedFileError) throw damaged(error.message)
    throw error
  } finally {
    fileKey.fill(0)
  }
}
