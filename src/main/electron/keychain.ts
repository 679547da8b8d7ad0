import { safeStorage } from 'electron'
import type { Keychain } from '../crypto/keychain'

/**
 * The system keychain through Electron's safeStorage (Keychain on macOS, DPAPI on Windows, the secret
 * service or KWallet on Linux). On Linux without one, safeStorage falls back to "basic_text", a fixed
 * key anyone could use: that is no keychain, so "remember on this computer" is not offered there.
 */
export const systemKeychain: Keychain = {
  available() {
    if (!safeStorage.isEncryptionAvailable()) return false
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return false
    return true
  },
  encrypt: (text) => safeStorage.encryptString(text),
  decrypt: (bytes) => safeStorage.decryptString(bytes),
}
