import { hkdfSync, randomBytes, scrypt } from 'node:crypto'
import { z } from 'zod'

/**
 * The passphrase key: scrypt from node:crypto (native, and it runs on libuv's thread pool, so the main
 * process keeps answering while it works; Argon2id would need a WASM build running on the main thread or
 * a worker). Parameters at OWASP's minimum for scrypt: N = 2^17, r = 8, p = 1 (128 MiB of memory).
 */
export const SCRYPT_DEFAULTS = { N: 2 ** 17, r: 8, p: 1 } as const

export const ScryptParams = z.object({
  name: z.literal('scrypt'),
  // Bounds so a tampered key file cannot make Tandem spend minutes or gigabytes, nor accept weak settings.
  N: z
    .number()
    .int()
    .refine((n) => n >= 2 ** 14 && n <= 2 ** 22 && (n & (n - 1)) === 0),
  r: z.number().int().min(8).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string().regex(/^[A-Za-z0-9+/]{22,}={0,2}$/),
})
export type ScryptParams = z.infer<typeof ScryptParams>

export const RecoveryKdf = z.object({
  name: z.literal('hkdf-sha256'),
  salt: z.string().regex(/^[A-Za-z0-9+/]{22,}={0,2}$/),
})
export type RecoveryKdf = z.infer<typeof RecoveryKdf>

export function newScryptParams(): ScryptParams {
  return { name: 'scrypt', ...SCRYPT_DEFAULTS, salt: randomBytes(16).toString('base64') }
}

export function describeKdf(params: ScryptParams): string {
  return `scrypt, N=2^${Math.log2(params.N)}, r=${params.r}, p=${params.p}`
}

/** The key that wraps the data key, from the passphrase (NFC, so the same words typed on another system match). */
export function derivePassphraseKey(passphrase: string, params: ScryptParams): Promise<Buffer> {
  const maxmem = 128 * params.N * params.r * 2 + 1024 * 1024
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(params.salt, 'base64'),
      32,
      { N: params.N, r: params.r, p: params.p, maxmem },
      (error, key) => (error ? reject(error) : resolve(key)),
    )
  })
}

/** The recovery key already holds 256 random bits: one HKDF step is all it needs. */
export function deriveRecoveryKey(recovery: Uint8Array, params: RecoveryKdf): Buffer {
  return Buffer.from(
    hkdfSync('sha256', recovery, Buffer.from(params.salt, 'base64'), 'tandem recovery key', 32),
  )
}

export function newRecoveryKdf(): RecoveryKdf {
  return { name: 'hkdf-sha256', salt: randomBytes(16).toString('base64') }
}
