import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { originalOf } from '../../src/main/store/sync-copies'
import { sessionDraft } from './helpers/records'
import { openEngine, tempDir } from './helpers/temp'

const draft = (title: string) => sessionDraft({ date: '2026-11-05', title })

describe('copies left by sync tools', () => {
  it('knows the names Dropbox, Nextcloud and Syncthing give them', () => {
    expect(originalOf('goals (conflicted copy 2026-11-30).json')).toBe('goals.json')
    expect(originalOf("2026-11 (Ana's conflicted copy 2026-11-30).json")).toBe('2026-11.json')
    expect(originalOf('goals.sync-conflict-20261130-101010-ABCDEFG.json')).toBe('goals.json')
    expect(originalOf('goals.json')).toBeNull()
    expect(originalOf('2026-11.corrupt-2026-11-30T10-00-00-000Z.json')).toBeNull()
  })

  it('reports a month file’s conflicted copy, and merging it brings in its sessions, newer versions winning', async () => {
    const dir = await tempDir()
    const first = await openEngine(dir)
    const kept = await first.call('sessions:create', draft('Kept as it is'))
    const edited = await first.call('sessions:create', draft('Before the other computer'))
    await first.tandem.close()
    // The other computer edited one session later and added another; its sync could not reconcile.
    const month = JSON.parse(await readFile(join(dir, 'sessions', '2026-11.json'), 'utf8'))
    const later = '2026-11-30T12:00:00.000Z'
    month.items = [
      { ...month.items[1], title: 'Edited on the laptop', updatedAt: later },
      {
        ...month.items[0],
        id: '7c1d2e3f-4a5b-4c6d-8e7f-901234567890',
        title: 'Written on the laptop',
        updatedAt: later,
      },
    ]
    const copy = join('sessions', '2026-11 (conflicted copy 2026-11-30).json')
    await writeFile(join(dir, copy), JSON.stringify(month, null, 2))

    const second = await openEngine(dir)
    const { problems } = await second.call('journal:status')
    expect(problems).toMatchObject([
      { kind: 'sync-copy', file: join('sessions', '2026-11.json'), movedTo: copy },
    ])
    expect(problems[0]?.message).toContain('has not read it')
    // Nothing was merged behind the user's back.
    expect((await second.call('sessions:list')).map((s) => s.title).sort()).toEqual([
      'Before the other computer',
      'Kept as it is',
    ])

    const merged = await second.call('journal:merge-sync-copy', { copy })
    expect(merged.file).toBe(join('sessions', '2026-11.json'))
    expect((await second.call('sessions:list')).map((s) => s.title).sort()).toEqual([
      'Edited on the laptop',
      'Kept as it is',
      'Written on the laptop',
    ])
    expect((await second.call('sessions:get', { id: edited.id })).title).toBe('Edited on the laptop')
    expect((await second.call('sessions:get', { id: kept.id })).title).toBe('Kept as it is')
    expect((await second.call('journal:status')).problems).toEqual([])
    const names = await readdir(join(dir, 'sessions'))
    expect(names.some((n) => n.includes('.merged-'))).toBe(true)
    expect(names).not.toContain('2026-11 (conflicted copy 2026-11-30).json')

    // And it is all still there after a restart, with nothing offered again.
    await second.tandem.close()
    const third = await openEngine(dir)
    expect(await third.call('sessions:list')).toHaveLength(3)
    expect((await third.call('journal:status')).problems).toEqual([])
  })

  it('refuses a name it did not report, and leaves a copy it cannot read as it is', async () => {
    const dir = await tempDir()
    await openEngine(dir).then((e) => e.tandem.close())
    const broken = 'goals.sync-conflict-20261130-101010-ABCDEFG.json'
    await writeFile(join(dir, broken), '{"schemaVersion":1,"goals":[{"id":')
    const engine = await openEngine(dir)
    expect(await engine.refusal('journal:merge-sync-copy', { copy: '../../etc/passwd' })).toMatchObject({
      code: 'not-found',
    })
    const refused = await engine.refusal('journal:merge-sync-copy', { copy: broken })
    expect(refused.message).toContain('It was left as it is')
    expect(await readFile(join(dir, broken), 'utf8')).toBe('{"schemaVersion":1,"goals":[{"id":')
  })
})
