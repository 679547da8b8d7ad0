import { isAbsolute, relative, sep } from 'node:path'
import { isSealed, open, SealedFileError, seal } from '../crypto/sealed-file'
import { InvalidDocumentError } from './migrations'

/**
 * What stands between a journal file's bytes on disk and the text the codec reads: nothing when the
 * journal is not encrypted, AES-256-GCM with the data key when it is (crypto/sealed-file.ts). Every read
 * and write of a journal file goes through the one cipher its Journal holds, so "everything written is
 * encrypted" is a property of one object, not of every caller.
 */
export interface FileCipher {
  /** True when what this cipher writes is encrypted. */
  readonly encrypted: boolean
  /**
   * The plain bytes of the file read from `relPath` (relative to the journal folder, forward slashes).
   * Throws InvalidDocumentError when the file must not be read: it fails the encryption check, or it is
   * in plain form while the journal is encrypted (nobody but Tandem should have put it there).
   */
  open(bytes: Uint8Array, relPath: string): Uint8Array
  /** What to write for `text` at `relPath`. */
  seal(text: string | Uint8Array, relPath: string): string | Uint8Array
}

/** A journal without encryption: files are plain; an encrypted one is set aside, never read as text. */
export const PLAIN_FILES: FileCipher = {
  encrypted: false,
  open(bytes) {
    if (isSealed(bytes)) {
      throw new InvalidDocumentError(
        'it is encrypted, and this journal has no key for it (its tandem-key.json file is missing)',
      )
    }
    return bytes
  },
  seal: (text) => text,
}

export interface KeyedFiles {
  dataKey: Buffer
  keyId: Buffer
  /**
   * "sealed": every file must be encrypted, and every write is (encryption on).
   * "turning-on" / "turning-off": a file may be in either form while the rewrite runs; writes take the
   * form the journal is heading to.
   */
  mode: 'sealed' | 'turning-on' | 'turning-off'
}

/** The cipher of an encrypted journal (or one being turned on or off) whose data key is in memory. */
export function keyedFiles(key: KeyedFiles): FileCipher {
  return {
    encrypted: key.mode !== 'turning-off',
    open(bytes, relPath) {
      if (!isSealed(bytes)) {
        if (key.mode === 'sealed') {
          throw new InvalidDocumentError(
            'it is not encrypted, though this journal is, so Tandem does not trust it (it may have been put there from elsewhere)',
          )
        }
        return bytes
      }
      try {
        return open(bytes, key.dataKey, key.keyId, relPath)
      } catch (error) {
        if (error instanceof SealedFileError) throw new InvalidDocumentError(error.message)
        throw error
      }
    },
    seal(text, relPath) {
      if (key.mode === 'turning-off') return text
      return seal(text, key.dataKey, key.keyId, relPath)
    },
  }
}

/** The name a file's encryption is bound to: its path inside the journal, or one fixed name outside it. */
export function boundPath(journalDir: string, path: string): string {
  const rel = relative(journalDir, path)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return OUTSIDE_BACKUP
  return rel.split(sep).join('/')
}

/**
 * A backup saved outside the journal folder may be renamed or moved by the user, so its encryption is
 * bound to this fixed name instead of its path.
 */
export const OUTSIDE_BACKUP = '<backup outside the journal folder>'
