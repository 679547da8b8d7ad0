import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTandem, type Tandem } from '../../src/main/app'
import { describeKdf } from '../../src/main/crypto/kdf'
import { KEY_FILE, KeyFileSchema, unlockWithPassphrase } from '../../src/main/crypto/key-file'
import type { Keychain } from '../../src/main/crypto/keychain'
import type { Session } from '../../src/shared/domain/session'
import { generateJournal } from './generate'
import { editOf } from './sessions.bench'
import { collectGarbage, median, percentile, timed } from './stats'

const PASSPHRASE = 'bench passphrase, not secret'

/**
 * A keychain in memory, so an encrypted engine opens at once with the data key ("remember on this
 * computer"): opening then measures reading and decrypting, not the key derivation (unlock_ms has that).
 */
const memoryKeychain: Keychain = {
  available: () => true,
  encrypt: (text) => Buffer.from(text, 'utf8'),
  decrypt: (bytes) => bytes.toString('utf8'),
}

const engine = (dataDir: string, configDir?: string): Promise<Tandem> =>
  createTandem({
    dataDir,
    resourcesDir: 'resources',
    ports: { openExternal: async () => undefined },
    ...(configDir ? { configDir, keychain: memoryKeychain } : {}),
  })

async function sampleOpen(dir: string, configDir?: string): Promise<number> {
  collectGarbage()
  const { ms, value } = await timed(() => engine(dir, configDir))
  if (value.locked) throw new Error('the encrypted bench journal did not open with the remembered key')
  if (value.journal.problems.length > 0) throw new Error(`not clean: ${value.journal.problems[0]?.message}`)
  await value.close()
  return ms
}

async function sampleSaves(tandem: Tandem, target: Session, from: number, count: number, into: number[]) {
  for (let i = 0; i < count; i++) {
    const { ms, value } = await timed(() => tandem.router.handle('sessions:update', editOf(target, from + i)))
    if (!value.ok) throw new Error(`sessions:update failed: ${JSON.stringify(value)}`)
    into.push(ms)
  }
}

/**
 * Encryption at 10,000 sessions, against the same journal in plain form measured in the same run:
 * turning it on (with the progress the screen shows), opening, saving, and the key derivation.
 */
export async function benchEncryption(options: { log?: (line: string) => void } = {}) {
  const log = options.log ?? (() => undefined)
  const plainDir = await mkdtemp(join(tmpdir(), 'tandem-bench-plain-'))
  const sealedDir = await mkdtemp(join(tmpdir(), 'tandem-bench-sealed-'))
  const configDir = await mkdtemp(join(tmpdir(), 'tandem-bench-config-'))
  try {
    log('encryption: generating 10,000 sessions')
    const { editTarget } = await generateJournal(plainDir, 10_000)
    await cp(plainDir, sealedDir, { recursive: true })

    log('encryption: turning it on')
    const turning = await engine(sealedDir, configDir)
    const prepared = await turning.router.handle('encryption:prepare', undefined)
    if (!prepared.ok) throw new Error(JSON.stringify(prepared))
    const { recoveryKey } = prepared.value as { recoveryKey: string }
    const progress: number[] = []
    const poll = setInterval(() => {
      void turning.router.handle('lock:status', undefined).then((status) => {
        const transition = status.ok
          ? (status.value as { transition: { done: number } | null }).transition
          : null
        if (transition) progress.push(transition.done)
      })
    }, 100)
    const on = await timed(() =>
      turning.router.handle('encryption:turn-on', { passphrase: PASSPHRASE, recoveryKey }),
    )
    clearInterval(poll)
    if (!on.value.ok) throw new Error(JSON.stringify(on.value))
    const remembered = await turning.router.handle('lock:remember', { remember: true })
    if (!remembered.ok) throw new Error(JSON.stringify(remembered))
    await turning.close()

    // Warm-up, not counted.
    await sampleOpen(plainDir)
    await sampleOpen(sealedDir, configDir)
    const opens = { plain: [] as number[], sealed: [] as number[] }
    for (let i = 0; i < 8; i++) {
      opens.plain.push(await sampleOpen(plainDir))
      opens.sealed.push(await sampleOpen(sealedDir, configDir))
    }

    log('encryption: saves, alternating plain and encrypted')
    const plain = await engine(plainDir)
    const sealed = await engine(sealedDir, configDir)
    collectGarbage()
    const saves = { plain: [] as number[], sealed: [] as number[] }
    await sampleSaves(plain, editTarget, 0, 10, [])
    await sampleSaves(sealed, editTarget, 0, 10, [])
    for (let round = 0; round < 10; round++) {
      await sampleSaves(plain, editTarget, 10 + round * 20, 20, saves.plain)
      await sampleSaves(sealed, editTarget, 10 + round * 20, 20, saves.sealed)
    }
    await plain.close()
    await sealed.close()

    log('encryption: key derivation')
    const keyFile = KeyFileSchema.parse(JSON.parse(await readFile(join(sealedDir, KEY_FILE), 'utf8')))
    const unlocks: number[] = []
    for (let i = 0; i < 5; i++) {
      unlocks.push((await timed(() => unlockWithPassphrase(keyFile, PASSPHRASE))).ms)
    }
    return {
      encrypt_10k_ms: on.ms,
      encrypt_10k_progress_updates: progress.length,
      open_plain_ms: median(opens.plain),
      open_encrypted_ms: median(opens.sealed),
      save_plain_p95_ms: percentile(saves.plain, 95),
      save_encrypted_p95_ms: percentile(saves.sealed, 95),
      unlock_ms: median(unlocks),
      unlock_kdf: describeKdf(keyFile.passphrase.kdf),
    }
  } finally {
    await Promise.all([plainDir, sealedDir, configDir].map((d) => rm(d, { recursive: true, force: true })))
  }
}
