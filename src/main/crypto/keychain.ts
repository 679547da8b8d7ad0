/**
 * This computer's keychain, for "remember on this computer": the engine hands it the data key (as
 * base64 text) and keeps only what `encrypt` returns, in the app's config folder (never in the journal
 * folder, which may travel). In the app it is Electron's safeStorage (src/main/electron/keychain.ts);
 * the test runtime has none, so the choice is not offered there.
 */
export interface Keychain {
  /** False when the system offers no real keychain (on Linux, safeStorage's "basic_text" backend). */
  available(): boolean
  encrypt(text: string): Buffer
  /** Throws when the bytes were not made by this computer's keychain for this user. */
  decrypt(bytes: Buffer): string
}
