import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTandem } from '../../src/main/app'
import type { Keychain } from '../../src/main/crypto/keychain'
import { isSealed } from '../../src/main/crypto/sealed-file'
import type { BackupSummary } from '../../src/shared/contract/export'
import { callsTo } from './helpers/call'
import { sessionDraft } from './helpers/records'
import { tempDir } from './helpers/temp'

const PASS = 'a long enough passphrase'
const MARKER = 'Ottoline-told-nobody'

/** A keychain that really transforms the bytes (so the file on disk is not the key in plain). */
function fakeKeychain(available = true): Keychain & { calls: number } {
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a))
  const chain = {
    calls: 0,
    available: () => available,
    encrypt: (text: string) => {
      chain.calls++
      return flip(Buffer.from(text, 'utf8'))
    },
    decrypt: (bytes: Buffer) => flip(bytes).toString('utf8'),
  }
  return chain
}

async function open(dataDir: string, configDir: string, keychain?: Keychain, picked?: string) {
  const outDir = await tempDir('tandem-lock-out-')
  const tandem = await createTandem({
    dataDir,
    configDir,
    resourcesDir: 'resources',
    ...(keychain ? { keychain } : {}),
    ports: {
      openExternal: async () => undefined,
      chooseSavePath: async (name) => join(outDir, name),
      ...(picked ? { chooseOpenPath: async () => picked } : {}),
    },
    log: () => undefined,
  })
  return { tandem, outDir, ...callsTo(tandem.router) }
}

async function encrypted(keychain?: Keychain) {
  const dataDir = await tempDir()
  const configDir = await tempDir('tandem-config-')
  const engine = await open(dataDir, configDir, keychain)
  await engine.call('sessions:create', sessionDraft({ notes: MARKER, private: true }))
  const { recoveryKey } = await engine.call('encryption:prepare')
  await engine.call('encryption:turn-on', { passphrase: PASS, recoveryKey })
  return { ...engine, dataDir, configDir }
}

describe('remember on this computer', () => {
  it('keeps the key in the keychain: the journal opens without the passphrase until it is forgotten', async () => {
    const keychain = fakeKeychain()
    const first = await encrypted(keychain)
    expect(await first.call('lock:status')).toMatchObject({ canRemember: true, remembered: false })
    expect(await first.call('lock:remember', { remember: true })).toMatchObject({ remembered: true })
    await first.tandem.close()
    const kept = await readdir(first.configDir)
    expect(kept).toContain('remembered-key.bin')
    // Nothing the keychain kept sits in the journal folder, which may travel to another computer.
    expect(await readdir(first.dataDir)).not.toContain('remembered-key.bin')

    const second = await open(first.dataDir, first.configDir, keychain)
    expect(second.tandem.locked).toBe(false)
    expect(await second.call('sessions:list')).toHaveLength(1)
    await second.call('lock:remember', { remember: false })
    await second.tandem.close()
    expect(await readdir(first.configDir)).not.toContain('remembered-key.bin')
    const third = await open(first.dataDir, first.configDir, keychain)
    expect(third.tandem.locked).toBe(true)
    await third.tandem.close()
  })

  it('is not offered where the system has no real keychain, and is refused if asked for', async () => {
    const first = await encrypted(fakeKeychain(false))
    expect(await first.call('lock:status')).toMatchObject({ canRemember: false })
    expect(await first.callResult('lock:remember', { remember: true })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    })
    await first.tandem.close()
  })

  it('a remembered key for another journal does not open this one', async () => {
    const keychain = fakeKeychain()
    const first = await encrypted(keychain)
    await first.call('lock:remember', { remember: true })
    await first.tandem.close()
    const other = await encrypted(keychain)
    await other.tandem.close()
    const again = await open(other.dataDir, first.configDir, keychain)
    expect(again.tandem.locked).toBe(true)
    await again.tandem.close()
  })
})

describe('backups of an encrypted journal', () => {
  it('the backup file it saves is encrypted, and restores into the same journal', async () => {
    const first = await encrypted()
    const made = await first.call('export:backup')
    if (!made) throw new Error('no backup made')
    const bytes = await readFile(made.path)
    expect(isSealed(bytes)).toBe(true)
    expect(bytes.toString('latin1')).not.toContain(MARKER)
    await first.tandem.close()

    const again = await open(first.dataDir, first.configDir, undefined, made.path)
    await again.call('lock:unlock', { passphrase: PASS })
    const summary = (await again.call('export:inspect-backup')) as BackupSummary
    expect(summary.items.sessions).toBe(1)
    await again.call('export:restore', { token: summary.token })
    expect(await again.call('sessions:list')).toHaveLength(1)
    // The copy saved before the restore is encrypted too.
    for (const name of await readdir(join(first.dataDir, 'backups'))) {
      expect(isSealed(await readFile(join(first.dataDir, 'backups', name))), name).toBe(true)
    }
    await again.tandem.close()
  })

  it('an encrypted backup offered to a journal without its key is refused in words; nothing changes', async () => {
    const first = await encrypted()
    const made = await first.call('export:backup')
    if (!made) throw new Error('no backup made')
    await first.tandem.close()
    const plain = await open(await tempDir(), await tempDir('tandem-config-'), undefined, made.path)
    const refused = await plain.callResult('export:inspect-backup')
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (!refused.ok) expect(refused.error.message).toMatch(/encrypted/)
    await plain.tandem.close()
  })

  it('a plain backup made before encryption restores into the encrypted journal, written encrypted', async () => {
    const dataDir = await tempDir()
    const configDir = await tempDir('tandem-config-')
    const before = await open(dataDir, configDir)
    await before.call('sessions:create', sessionDraft({ notes: MARKER }))
    const made = await before.call('export:backup')
    if (!made) throw new Error('no backup made')
    const { recoveryKey } = await before.call('encryption:prepare')
    await before.call('encryption:turn-on', { passphrase: PASS, recoveryKey })
    await before.tandem.close()
    const outside = join(await mkdtemp(join(tmpdir(), 'tandem-plain-backup-')), 'plain.tandem-backup.json')
    await writeFile(outside, await readFile(made.path))
    const again = await open(dataDir, configDir, undefined, outside)
    await again.call('lock:unlock', { passphrase: PASS })
    const summary = (await again.call('export:inspect-backup')) as BackupSummary
    await again.call('export:restore', { token: summary.token })
    for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name === 'tandem-key.json') continue
      const text = (await readFile(join(entry.parentPath, entry.name))).toString('latin1')
      expect(text.includes(MARKER), entry.name).toBe(false)
    }
    await again.tandem.close()
  })
})
