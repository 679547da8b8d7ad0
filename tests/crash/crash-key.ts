import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Keychain } from '../../src/main/crypto/keychain'
import { open } from '../../src/main/crypto/sealed-file'

/**
 * The crash tests' "keychain": it keeps the remembered key as it is, in the config folder the parent
 * and the child share, so each cycle opens an encrypted journal at once instead of deriving the key
 * (half a second) twice a cycle. The journal's files are encrypted exactly as with a real keychain.
 */
export const plainKeychain: Keychain = {
  available: () => true,
  encrypt: (text) => Buffer.from(text, 'utf8'),
  decrypt: (bytes) => bytes.toString('utf8'),
}

export const CRASH_PASSPHRASE = 'crash test passphrase'

/** A file of the journal as plain text, decrypted with the key the config folder remembers when there is one. */
export async function readPlain(dataDir: string, rel: string, configDir: string | null): Promise<string> {
  const bytes = await readFile(join(dataDir, rel))
  if (!configDir) return bytes.toString('utf8')
  const { keyId, dataKey } = JSON.parse(await readFile(join(configDir, 'remembered-key.bin'), 'utf8')) as {
    keyId: string
    dataKey: string
  }
  return open(bytes, Buffer.from(dataKey, 'base64'), Buffer.from(keyId, 'hex'), rel).toString('utf8')
}
