import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTandem } from '../../src/main/app'
import { derivePassphraseKey, type ScryptParams } from '../../src/main/crypto/kdf'
import {
  isPortableBackup,
  openPortableBackup,
  PORTABLE_MAGIC,
  sealPortableBackup,
} from '../../src/main/crypto/portable-backup'
import { isSealed } from '../../src/main/crypto/sealed-file'
import type { BackupSummary, LockedBackup } from '../../src/shared/contract/export'
import { TandemError } from '../../src/shared/errors'
import { callsTo } from './helpers/call'
import { sessionDraft } from './helpers/records'
import { tempDir } from './helpers/temp'

const PASS = 'a long enough passphrase'
const BACKUP_PASS = 'the passphrase of this one file'
const MARKER = 'Perpetua-told-nobody'
// The lowest scrypt cost the format accepts, so the byte-flip test can run hundreds of opens.
const FAST: ScryptParams = { name: 'scrypt', N: 2 ** 14, r: 8, p: 1, salt: 'c2FsdHNhbHRzYWx0c2FsdA==' }

async function refusal(work: Promise<unknown>): Promise<TandemError> {
  try {
    await work
  } catch (error) {
    if (error instanceof TandemError) return error
    throw error
  }
  throw new Error('it opened')
}

describe('the portable backup format', () => {
  it('round-trips, starts with its magic, and holds no plaintext', async () => {
    const text = `{"documents":["${MARKER}"]}`
    const sealed = await sealPortableBackup(text, BACKUP_PASS, FAST)
    expect(sealed.subarray(0, 8).equals(PORTABLE_MAGIC)).toBe(true)
    expect(isPortableBackup(sealed)).toBe(true)
    expect(sealed.toString('latin1')).not.toContain(MARKER)
    expect((await openPortableBackup(sealed, BACKUP_PASS)).toString('utf8')).toBe(text)
    // A fresh file key and salt each time: the same text never gives the same bytes.
    expect((await sealPortableBackup(text, BACKUP_PASS)).equals(sealed)).toBe(false)
  })

  it('a wrong passphrase is told apart from a damaged file', async () => {
    const sealed = await sealPortableBackup('{"a":1}', BACKUP_PASS, FAST)
    const wrong = await refusal(openPortableBackup(sealed, 'not the passphrase'))
    expect(wrong).toMatchObject({ code: 'wrong-passphrase', field: 'passphrase' })
    const cut = await refusal(openPortableBackup(sealed.subarray(0, sealed.length - 1), BACKUP_PASS))
    expect(cut.code).toBe('invalid-input')
    expect(cut.message).toMatch(/Your journal was not changed/)
  })

  it('every single-byte flip, anywhere in the file, fails closed', async () => {
    const text = `{"documents":["${MARKER}"]}`
    const sealed = await sealPortableBackup(text, BACKUP_PASS, FAST)
    // The same derivation for the same parameters is worked out once; a flip in the salt still derives anew.
    const keys = new Map<string, Promise<Buffer>>()
    const derive = (passphrase: string, params: ScryptParams) => {
      const id = JSON.stringify([passphrase, params])
      if (!keys.has(id)) keys.set(id, derivePassphraseKey(passphrase, params))
      return keys.get(id)?.then((key) => Buffer.from(key)) as Promise<Buffer>
    }
    let refused = 0
    for (let i = 0; i < sealed.length; i++) {
      const flipped = Buffer.from(sealed)
      flipped[i] = (flipped[i] as number) ^ 0x01
      const error = await refusal(openPortableBackup(flipped, BACKUP_PASS, derive))
      expect(['invalid-input', 'wrong-passphrase'], `byte ${i}`).toContain(error.code)
      refused++
    }
    expect(refused).toBe(sealed.length)
    expect(sealed.length).toBeGreaterThan(200)
  })

  it('refuses a header that asks for gigabytes of memory before deriving anything', async () => {
    const sealed = await sealPortableBackup('{"a":1}', BACKUP_PASS, FAST)
    const length = sealed.readUInt16BE(8)
    const header = JSON.parse(sealed.subarray(10, 10 + length).toString('utf8'))
    header.kdf.N = 2 ** 22
    header.kdf.r = 32
    const greedy = Buffer.from(JSON.stringify(header), 'utf8')
    const size = Buffer.alloc(2)
    size.writeUInt16BE(greedy.length)
    const tampered = Buffer.concat([sealed.subarray(0, 8), size, greedy, sealed.subarray(10 + length)])
    let derived = 0
    const error = await refusal(
      openPortableBackup(tampered, BACKUP_PASS, async () => {
        derived++
        return Buffer.alloc(32)
      }),
    )
    expect(error.message).toMatch(/header is damaged/)
    expect(derived).toBe(0)
  })
})

async function open(dataDir: string, picked?: string) {
  const outDir = await tempDir('tandem-portable-out-')
  const tandem = await createTandem({
    dataDir,
    configDir: await tempDir('tandem-config-'),
    resourcesDir: 'resources',
    ports: {
      openExternal: async () => undefined,
      chooseSavePath: async (name) => join(outDir, name),
      ...(picked ? { chooseOpenPath: async () => picked } : {}),
    },
    log: () => undefined,
  })
  return { tandem, outDir, dataDir, ...callsTo(tandem.router) }
}

async function encryptedJournal() {
  const engine = await open(await tempDir())
  const { recoveryKey } = await engine.call('encryption:prepare')
  await engine.call('encryption:turn-on', { passphrase: PASS, recoveryKey })
  return engine
}

/** Every byte of every file under `dir` (the key file too), as text, for a marker search. */
async function everyByte(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.push((await readFile(join(entry.parentPath, entry.name))).toString('latin1'))
  }
  return found
}

describe('a backup made for moving elsewhere', () => {
  it('from an encrypted journal, opens with its own passphrase in another journal that has never seen the key', async () => {
    const source = await encryptedJournal()
    await source.call('sessions:create', sessionDraft({ title: 'Moving day', notes: MARKER, private: true }))
    const made = await source.call('export:backup', { passphrase: BACKUP_PASS })
    if (!made) throw new Error('no backup made')
    expect(made.ownPassphrase).toBe(true)
    const bytes = await readFile(made.path)
    expect(isPortableBackup(bytes)).toBe(true)
    expect(bytes.toString('latin1')).not.toContain(MARKER)
    await source.tandem.close()

    // Renamed and moved, as a user carrying it on a stick would.
    const moved = join(await mkdtemp(join(tmpdir(), 'tandem-stick-')), 'from-the-office.json')
    await writeFile(moved, bytes)
    const target = await open(await tempDir(), moved)
    await target.call('sessions:create', sessionDraft({ title: 'Already here' }))
    const locked = (await target.call('export:inspect-backup')) as LockedBackup
    expect(locked).toMatchObject({ kind: 'needs-passphrase', path: moved })

    const wrong = await target.callResult('export:open-backup', { token: locked.token, passphrase: PASS })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-passphrase', field: 'passphrase' } })
    // A wrong try changes nothing and the same pick can be tried again.
    expect((await target.call('sessions:list')).map((s) => s.title)).toEqual(['Already here'])

    const summary = await target.call('export:open-backup', { token: locked.token, passphrase: BACKUP_PASS })
    expect(summary).toMatchObject({ kind: 'checked', items: { sessions: 1 } })
    expect((await target.call('sessions:list')).map((s) => s.title)).toEqual(['Already here'])
    await target.call('export:restore', { token: summary.token })
    expect((await target.call('sessions:list')).map((s) => s.title)).toEqual(['Moving day'])
    // The token was used: asking again needs a new pick.
    const again = await target.callResult('export:open-backup', {
      token: locked.token,
      passphrase: BACKUP_PASS,
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } })
    await target.tandem.close()
  })

  it('from a plain journal, restores into an encrypted one and is written there encrypted', async () => {
    const source = await open(await tempDir())
    await source.call('sessions:create', sessionDraft({ notes: MARKER }))
    const made = await source.call('export:backup', { passphrase: BACKUP_PASS })
    if (!made) throw new Error('no backup made')
    expect((await readFile(made.path)).toString('latin1')).not.toContain(MARKER)
    await source.tandem.close()

    const first = await encryptedJournal()
    await first.tandem.close()
    const target = await open(first.dataDir, made.path)
    await target.call('lock:unlock', { passphrase: PASS })
    const locked = (await target.call('export:inspect-backup')) as LockedBackup
    const summary = (await target.call('export:open-backup', {
      token: locked.token,
      passphrase: BACKUP_PASS,
    })) as BackupSummary
    await target.call('export:restore', { token: summary.token })
    expect(await target.call('sessions:list')).toHaveLength(1)
    await target.tandem.close()
    for (const text of await everyByte(first.dataDir)) expect(text.includes(MARKER)).toBe(false)
    const names = await readdir(join(first.dataDir, 'sessions'))
    for (const name of names)
      expect(isSealed(await readFile(join(first.dataDir, 'sessions', name)))).toBe(true)
  })

  it('a short passphrase is refused before anything is written', async () => {
    const engine = await open(await tempDir())
    const refused = await engine.callResult('export:backup', { passphrase: 'short' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await readdir(engine.outDir)).toEqual([])
    await engine.tandem.close()
  })
})
