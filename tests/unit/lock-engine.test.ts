import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isSealed } from '../../src/main/crypto/sealed-file'
import { journalFiles } from '../../src/main/lock/rewrite'
import { sessionDraft } from './helpers/records'
import { openEngine, tempDir } from './helpers/temp'

const MARKER = 'Zephyrine-salary-worry'
const PASS = 'correct horse battery staple'

/** Every byte of every file under `dir`, as one latin1 string, to look for a word written in plain. */
async function allBytes(dir: string): Promise<string> {
  let text = ''
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) text += (await readFile(join(entry.parentPath, entry.name))).toString('latin1')
  }
  return text
}

async function encryptedJournal() {
  const engine = await openEngine()
  await engine.call('sessions:create', sessionDraft({ title: 'Private talk', notes: `About ${MARKER}.` }))
  const { recoveryKey } = await engine.call('encryption:prepare')
  const status = await engine.call('encryption:turn-on', { passphrase: PASS, recoveryKey })
  return { ...engine, recoveryKey, status }
}

describe('encryption and the lock, through the router', () => {
  it('turns on: every journal file is sealed, no plain word is left, and the journal stays open', async () => {
    const { dir, call, status } = await encryptedJournal()
    expect(status).toMatchObject({ encrypted: true, locked: false, transition: null })
    expect(status.kdf).toBe('scrypt, N=2^17, r=8, p=1')
    const files = await journalFiles(dir)
    expect(files.length).toBeGreaterThan(3)
    for (const rel of files) expect(isSealed(await readFile(join(dir, rel))), rel).toBe(true)
    expect(await allBytes(dir)).not.toContain(MARKER)
    // New writes are sealed too.
    await call('sessions:create', sessionDraft({ title: 'Second', notes: `${MARKER} again` }))
    expect(await allBytes(dir)).not.toContain(MARKER)
    expect((await call('sessions:list')).map((s) => s.title).sort()).toEqual(['Private talk', 'Second'])
  })

  it('starts locked; a wrong passphrase is refused and changes nothing; the right one opens everything', async () => {
    const first = await encryptedJournal()
    await first.tandem.close()
    const keyBefore = await readFile(join(first.dir, 'tandem-key.json'), 'utf8')
    const again = await openEngine(first.dir)
    expect(again.tandem.locked).toBe(true)
    expect(await again.call('lock:status')).toMatchObject({ encrypted: true, locked: true })
    expect(await again.callResult('sessions:list')).toMatchObject({ ok: false, error: { code: 'locked' } })
    expect(await again.callResult('lock:unlock', { passphrase: 'not the one' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    })
    expect(await readFile(join(first.dir, 'tandem-key.json'), 'utf8')).toBe(keyBefore)
    expect(await again.call('lock:unlock', { passphrase: PASS })).toMatchObject({ locked: false })
    const [only] = await again.call('sessions:list')
    expect((await again.call('sessions:get', { id: only?.id ?? '' })).notes).toBe(`About ${MARKER}.`)
  })

  it('locks now: saves land, then every feature answers locked until unlocked', async () => {
    const { call, callResult, tandem } = await encryptedJournal()
    const saving = call('sessions:create', sessionDraft({ title: 'Just before' }))
    await call('lock:now')
    await saving
    expect(tandem.locked).toBe(true)
    expect(() => tandem.journal).toThrow(/locked/)
    expect(await callResult('goals:list')).toMatchObject({ ok: false, error: { code: 'locked' } })
    await call('lock:unlock', { passphrase: PASS })
    expect(await call('sessions:list')).toHaveLength(2)
  })

  it("while locked, answers this computer's look (and nothing of the journal) for the lock screen", async () => {
    const { call, callResult } = await encryptedJournal()
    await call('settings:update', { device: { theme: 'dark', textSize: 150 } })
    await call('lock:now')
    expect(await callResult('settings:get')).toMatchObject({ ok: false, error: { code: 'locked' } })
    expect(await call('lock:appearance')).toEqual({
      theme: 'dark',
      highContrast: false,
      textSize: 150,
      reduceMotion: false,
    })
  })

  it('the recovery key opens the journal and sets a new passphrase; the old one no longer works', async () => {
    const first = await encryptedJournal()
    await first.tandem.close()
    const again = await openEngine(first.dir)
    const bad = await again.callResult('lock:recover', {
      recoveryKey: 'AAAA-BBBB',
      newPassphrase: 'new words here',
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'wrong-passphrase', field: 'recoveryKey' } })
    const typed = first.recoveryKey.toLowerCase().replaceAll('-', ' ')
    expect(
      await again.call('lock:recover', { recoveryKey: typed, newPassphrase: 'new words here' }),
    ).toMatchObject({
      locked: false,
    })
    await again.call('lock:now')
    expect(await again.callResult('lock:unlock', { passphrase: PASS })).toMatchObject({ ok: false })
    await again.call('lock:unlock', { passphrase: 'new words here' })
    expect(await again.call('sessions:list')).toHaveLength(1)
  })

  it('refuses a typed-back recovery key that is not the one shown, and writes nothing', async () => {
    const { call, callResult, dir } = await openEngine()
    await call('encryption:prepare')
    const other = await openEngine()
    const { recoveryKey } = await other.call('encryption:prepare')
    expect(await callResult('encryption:turn-on', { passphrase: PASS, recoveryKey })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'recoveryKey' },
    })
    expect(await readdir(dir)).not.toContain('tandem-key.json')
  })

  it('changing the passphrase rewrites the key file only', async () => {
    const { call, callResult, dir } = await encryptedJournal()
    const before = new Map<string, string>()
    for (const rel of await journalFiles(dir))
      before.set(rel, (await readFile(join(dir, rel))).toString('hex'))
    expect(
      await callResult('encryption:change-passphrase', { current: 'wrong one', next: 'another phrase' }),
    ).toMatchObject({ ok: false, error: { code: 'wrong-passphrase', field: 'current' } })
    await call('encryption:change-passphrase', { current: PASS, next: 'another phrase' })
    for (const rel of await journalFiles(dir)) {
      expect((await readFile(join(dir, rel))).toString('hex'), rel).toBe(before.get(rel))
    }
    await call('lock:now')
    await call('lock:unlock', { passphrase: 'another phrase' })
    expect(await call('sessions:list')).toHaveLength(1)
  })

  it('turns off with the passphrase: every file is plain again and the key file is gone', async () => {
    const { call, callResult, dir } = await encryptedJournal()
    expect(await callResult('encryption:turn-off', { passphrase: 'nope nope' })).toMatchObject({ ok: false })
    expect(await call('encryption:turn-off', { passphrase: PASS })).toMatchObject({
      encrypted: false,
      locked: false,
    })
    expect(await readdir(dir)).not.toContain('tandem-key.json')
    for (const rel of await journalFiles(dir))
      expect(isSealed(await readFile(join(dir, rel))), rel).toBe(false)
    expect(await allBytes(dir)).toContain(MARKER)
    expect(await call('sessions:list')).toHaveLength(1)
  })

  it('a plain file put into an encrypted journal is set aside, not read', async () => {
    const first = await encryptedJournal()
    await first.call('goals:list')
    await first.tandem.close()
    await writeFile(join(first.dir, 'goals.json'), JSON.stringify({ schemaVersion: 1, goals: [] }))
    const again = await openEngine(first.dir)
    await again.call('lock:unlock', { passphrase: PASS })
    const { problems } = await again.call('journal:status')
    expect(problems.map((p) => p.file)).toContain('goals.json')
  })

  it('keeps the lock-after choice in the key file', async () => {
    const first = await encryptedJournal()
    expect(first.status.lockAfterMinutes).toBe(10)
    await first.call('encryption:set-lock-after', { minutes: 5 })
    await first.tandem.close()
    const again = await openEngine(first.dir)
    expect((await again.call('lock:status')).lockAfterMinutes).toBe(5)
  })

  it('a journal that is not encrypted answers its status and refuses lock-only requests plainly', async () => {
    const { call, callResult } = await openEngine(await tempDir())
    expect(await call('lock:status')).toMatchObject({ encrypted: false, locked: false, kdf: null })
    expect(await call('lock:now')).toMatchObject({ locked: false })
    expect(await callResult('encryption:set-lock-after', { minutes: 5 })).toMatchObject({ ok: false })
  })
})
