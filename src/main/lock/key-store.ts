import { readFile, rename, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { KEY_FILE, type KeyFile, KeyFileSchema } from '../crypto/key-file'
import type { Keychain } from '../crypto/keychain'
import { decodeDocument, encodeDocument } from '../store/codec'
import { fileStamp } from '../store/document'
import { type DurableFs, nodeDurableFs, readBytesIfExists, writeFileDurable } from '../store/durable-file'

export type KeyFileState =
  | { kind: 'absent' }
  | { kind: 'found'; file: KeyFile }
  /** The key file is there but cannot be used: the journal stays locked, and the file is never rewritten. */
  | { kind: 'damaged'; reason: string }

/**
 * Reads the journal's key file; its absence means the journal is not encrypted. A folder Tandem cannot
 * read at all throws, as opening the journal would (the shell then offers another folder).
 */
export function readKeyFile(dataDir: string): KeyFileState {
  let bytes: Uint8Array | null
  try {
    bytes = readBytesIfExists(join(dataDir, KEY_FILE))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return { kind: 'damaged', reason: 'is a folder' }
    if (error instanceof Error && !('code' in error)) return { kind: 'damaged', reason: 'is a broken link' }
    throw error
  }
  if (bytes === null) return { kind: 'absent' }
  try {
    const parsed = KeyFileSchema.safeParse(decodeDocument(bytes))
    if (parsed.success) return { kind: 'found', file: parsed.data }
    return { kind: 'damaged', reason: 'it is not a key file this version of Tandem can read' }
  } catch {
    return { kind: 'damaged', reason: 'it is damaged' }
  }
}

/** Writes the key file durably (temp file, fsync, rename): a crash leaves the old one or the new one. */
export async function writeKeyFile(
  dataDir: string,
  file: KeyFile,
  fs: DurableFs = nodeDurableFs,
): Promise<void> {
  await writeFileDurable(join(dataDir, KEY_FILE), encodeDocument(KeyFileSchema.parse(file)), fs)
}

/**
 * After encryption was turned off. When some file could not be turned back into plain form, the key
 * file is kept under another name (Tandem no longer reads it), so those files are not lost for good.
 */
export async function retireKeyFile(
  dataDir: string,
  keep: boolean,
  fs: DurableFs = nodeDurableFs,
): Promise<void> {
  const path = join(dataDir, KEY_FILE)
  if (keep) await rename(path, join(dataDir, `tandem-key.kept-${fileStamp()}.json`))
  else await fs.unlink(path)
}

/** "Remember on this computer": the data key, encrypted by the system keychain, in the app's config folder. */
const REMEMBERED_FILE = 'remembered-key.bin'

interface Remembered {
  keyId: string
  dataKey: string
}

export class RememberedKey {
  constructor(
    private readonly configDir: string | undefined,
    private readonly keychain: Keychain | undefined,
  ) {}

  get available(): boolean {
    if (!this.configDir || !this.keychain) return false
    try {
      return this.keychain.available()
    } catch {
      return false
    }
  }

  private get path(): string | null {
    return this.configDir ? join(this.configDir, REMEMBERED_FILE) : null
  }

  /** The data key kept for `keyId`, or null (none, another journal's, or the keychain refuses it). */
  async read(keyId: string): Promise<Buffer | null> {
    const path = this.path
    if (!path || !this.keychain || !this.available) return null
    try {
      const value = JSON.parse(this.keychain.decrypt(await readFile(path))) as Remembered
      if (value.keyId !== keyId) return null
      const key = Buffer.from(value.dataKey, 'base64')
      return key.length === 32 ? key : null
    } catch {
      return null
    }
  }

  async has(keyId: string): Promise<boolean> {
    const key = await this.read(keyId)
    key?.fill(0)
    return key !== null
  }

  async remember(keyId: string, dataKey: Buffer): Promise<void> {
    const path = this.path
    if (!path || !this.keychain || !this.available) throw new Error('no keychain on this computer')
    const value: Remembered = { keyId, dataKey: dataKey.toString('base64') }
    await writeFileDurable(path, this.keychain.encrypt(JSON.stringify(value)))
  }

  async forget(): Promise<void> {
    const path = this.path
    if (path) await unlink(path).catch(() => undefined)
  }
}
