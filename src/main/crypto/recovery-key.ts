/**
 * A recovery key is 32 random bytes written in Crockford's base32 (digits and letters without I, L, O
 * and U), 52 characters in groups of four: easy to copy by hand, and typed back without caring about
 * case, spaces, dashes, or O/I/L for 0/1/1.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const RECOVERY_KEY_BYTES = 32
const CHARS = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5)

export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new Error('A recovery key is 32 bytes')
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return out.match(/.{1,4}/g)?.join('-') ?? out
}

/** The bytes of a recovery key as typed, or null when it is not one (wrong length or letters). */
export function parseRecoveryKey(text: string): Uint8Array | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (clean.length !== CHARS) return null
  const out = new Uint8Array(RECOVERY_KEY_BYTES)
  let bits = 0
  let value = 0
  let index = 0
  for (const char of clean) {
    const digit = ALPHABET.indexOf(char)
    if (digit < 0) return null
    value = (value << 5) | digit
    bits += 5
    if (bits >= 8) {
      if (index < RECOVERY_KEY_BYTES) out[index++] = (value >>> (bits - 8)) & 255
      bits -= 8
    }
    value &= (1 << bits) - 1
  }
  // The last character carries 4 unused bits, always zero in a key Tandem wrote.
  if (value !== 0) return null
  return out
}

/** The text file "Save as file…" writes: the key and, in plain words, what it is for. */
export function recoveryKeySheet(key: string): string {
  return [
    'Tandem recovery key',
    '',
    key,
    '',
    'With this key you can open your Tandem journal if you forget your passphrase.',
    'Keep it somewhere safe, away from this computer. Anyone who has it and your journal folder can read your journal.',
    '',
  ].join('\n')
}
