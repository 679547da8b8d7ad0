import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportMapping, ImportResult } from '../../src/shared/contract/import'
import { fixedClock, openEngine, tempDir } from './helpers/temp'

const fixtures = join(__dirname, '../fixtures/import')

type Engine = Awaited<ReturnType<typeof openEngine>>

/** An engine whose open dialog answers `pick()`'s current value. */
async function importingEngine(clock = fixedClock('2026-11-27T10:00:00.000Z')) {
  let next: string | null = null
  const e = await openEngine(undefined, clock, {
    ports: { chooseOpenPath: async () => next, chooseOpenFolder: async () => next },
  })
  return {
    ...e,
    clock,
    pick: (path: string | null) => {
      next = path
    },
  }
}

const mapping = (patch: Partial<ImportMapping> = {}): ImportMapping => ({
  as: 'sessions',
  partner: { kind: 'none' },
  tagsAsTopics: true,
  duplicates: 'skip',
  ...patch,
})

/** Starts the import and polls it as the screen does, until it is done. */
async function runImport(e: Engine, token: string, chosen: ImportMapping): Promise<ImportResult> {
  const { jobId } = await e.call('import:start', { token, mapping: chosen })
  for (;;) {
    const status = await e.call('import:progress', { jobId })
    if (status.done) {
      if (status.error !== null || status.result === null) throw new Error(status.error ?? 'no result')
      return status.result
    }
    await new Promise((r) => setTimeout(r, 5))
  }
}

describe('importing a Day One export', () => {
  it('previews, writes after a backup, spots the same entries next time, and undoes in one step', async () => {
    const e = await importingEngine()
    e.pick(join(fixtures, 'dayone-journal.json'))
    const first = await e.call('import:pick', { source: 'dayone' })
    if (!first) throw new Error('no preview')
    expect(first).toMatchObject({
      source: 'dayone',
      name: 'dayone-journal.json',
      found: 5,
      toImport: 3,
      from: '2024-03-04',
      to: '2024-04-02',
      attachmentsIgnored: 3,
      duplicates: [],
    })
    expect(first.skipped.map((s) => s.where)).toEqual(['entry 3', 'entry 4'])
    // Nothing is written by a preview: no session, no backup.
    expect(await e.call('sessions:list')).toEqual([])

    const withPriya = mapping({ partner: { kind: 'new', name: 'Priya' } })
    const preview = await e.call('import:preview', { token: first.token, mapping: withPriya })
    expect(preview.newPartners).toEqual(['Priya'])
    expect(preview.notes).toContain('The starred entry gets the topic "Starred".')
    expect(preview.sample.map((s) => s.title)).toEqual([
      'Figma auto layout with Priya',
      "Told Priya about running a budget review: start from last year's actuals, not from wishes.",
      'Slack huddles',
    ])

    const result = await runImport(e, first.token, withPriya)
    expect(result).toMatchObject({ sessions: 3, reflections: 0, partners: 1 })
    expect(result.backupPath).toMatch(/backups[\\/]before-import-.*\.tandem-backup\.json$/)
    const backups = (await e.call('backups:list')).backups
    expect(backups.map((b) => b.kind)).toContain('before-import')

    const sessions = await e.call('sessions:list')
    const [priya] = await e.call('partners:list')
    expect(priya?.name).toBe('Priya')
    expect(sessions.map((s) => [s.date, s.title, s.topics, s.partnerId])).toEqual([
      ['2024-04-02', 'Slack huddles', ['Slack'], priya?.id],
      [
        '2024-03-11',
        "Told Priya about running a budget review: start from last year's actuals, not from wishes.",
        [],
        priya?.id,
      ],
      // Day One's star is kept as the topic "Starred".
      ['2024-03-04', 'Figma auto layout with Priya', ['Figma', 'prototyping', 'Starred'], priya?.id],
    ])
    const figma = await e.call('sessions:get', { id: sessions[2]?.id ?? '' })
    expect(figma.notes).toBe(
      'She showed me auto layout. Frames now resize by themselves.\n\n- Stack direction\n- Padding and gap',
    )

    // The same file again: every entry is known by its Day One id, and skipped unless asked.
    const again = await e.call('import:pick', { source: 'dayone' })
    expect(again?.duplicates.map((d) => d.why)).toEqual([
      'imported-before',
      'imported-before',
      'imported-before',
    ])
    expect(again?.toImport).toBe(0)
    // The starred entry is skipped too: nothing is said of its star.
    expect(again?.notes.some((n) => n.includes('starred'))).toBe(false)
    const anyway = await e.call('import:preview', {
      token: again?.token ?? '',
      mapping: mapping({ duplicates: 'import' }),
    })
    expect(anyway.toImport).toBe(3)
    expect(anyway.notes).toContain('The starred entry gets the topic "Starred".')

    // The user edits one imported session; undo takes the rest out and keeps that one.
    e.clock.advance(60_000)
    const kept = await e.call('sessions:get', { id: sessions[0]?.id ?? '' })
    const { id, createdAt: _c, updatedAt: _u, actionItems: _a, ...rest } = kept
    await e.call('sessions:update', { id, ...rest, learned: 'Huddles: my own words now', actionItems: [] })
    const [record] = await e.call('import:history')
    const undone = await e.call('import:undo', { importId: record?.id ?? '' })
    expect(undone).toMatchObject({ sessions: 3, keptEdited: 1 })
    expect(undone.undoneAt).not.toBeNull()
    expect((await e.call('sessions:list')).map((s) => s.title)).toEqual(['Slack huddles'])
    // Priya stays: the kept session is with her.
    expect((await e.call('partners:list')).map((p) => p.name)).toEqual(['Priya'])
    // Undone entries are no longer "imported before".
    const third = await e.call('import:pick', { source: 'dayone' })
    expect(third?.duplicates.map((d) => d.why)).toEqual(['same-date-and-title'])
  })

  it('refuses a file that is not an export in words, and changes nothing', async () => {
    const e = await importingEngine()
    e.pick(join(fixtures, 'not-an-export.json'))
    const refused = await e.refusal('import:pick', { source: 'dayone' })
    expect(refused.message).toBe(
      'This is not a Day One export (not-an-export.json): Tandem expected a Day One export: the .zip Day One saves, or the .json inside it, with a list of "entries". Nothing was imported.',
    )
    e.pick(join(fixtures, 'not-json.json'))
    expect((await e.refusal('import:pick', { source: 'jrnl' })).message).toMatch(/not-json\.json is not JSON/)
    e.pick(null)
    expect(await e.call('import:pick', { source: 'jrnl' })).toBeNull()
    expect(await e.call('import:history')).toEqual([])
    expect(await readdir(e.dir)).not.toContain('backups')
  })
})

describe('importing jrnl', () => {
  it('makes reflections with their titles in bold, and says tags are not kept', async () => {
    const e = await importingEngine()
    e.pick(join(fixtures, 'jrnl.json'))
    const preview = await e.call('import:pick', { source: 'jrnl' })
    if (!preview) throw new Error('no preview')
    const asReflections = mapping({ as: 'reflections' })
    const shown = await e.call('import:preview', { token: preview.token, mapping: asReflections })
    expect(shown.notes).toContain(
      'Tags are not kept on reflections: import as sessions to keep them as topics.',
    )
    expect(shown).toMatchObject({ found: 4, toImport: 2 })
    await runImport(e, preview.token, asReflections)
    const reflections = await e.call('reflections:list')
    expect(reflections.map((r) => r.date)).toEqual(['2024-05-13', '2024-05-06'])
    const full = await e.call('reflections:get', { id: reflections[1]?.id ?? '' })
    expect(full.answer).toBe(
      '**Pivot tables with Ana.**\n\nShe showed me how to group by month. Next time: slicers.',
    )
  })

  it('counts a session of the same date and title as a duplicate, and skips it', async () => {
    const e = await importingEngine()
    await e.call('sessions:create', {
      date: '2024-05-06',
      partnerId: null,
      title: 'Pivot tables with Ana.',
      topics: [],
      notes: '',
      learned: '',
      shared: '',
      actionItems: [],
      durationMinutes: null,
      private: false,
    })
    e.pick(join(fixtures, 'jrnl.json'))
    const preview = await e.call('import:pick', { source: 'jrnl' })
    expect(preview?.duplicates).toEqual([
      { where: 'entry 1', date: '2024-05-06', title: 'Pivot tables with Ana.', why: 'same-date-and-title' },
    ])
    await runImport(e, preview?.token ?? '', mapping())
    const titles = (await e.call('sessions:list')).map((s) => s.title)
    expect(titles).toEqual(['XLOOKUP instead of VLOOKUP.', 'Pivot tables with Ana.'])
    const xlookup = (await e.call('sessions:list'))[0]
    expect(xlookup?.topics).toEqual(['excel', 'Starred'])
  })
})

describe('what the review found', () => {
  it('keeps the ledger readable with a jrnl title of any length, across a restart', async () => {
    const dir = await tempDir('tandem-import-long-')
    const file = join(dir, 'long.json')
    const title = `${'A very long first sentence that jrnl takes as the title '.repeat(40)}.`
    await writeFile(
      file,
      JSON.stringify({ entries: [{ title, body: 'Body', date: '2024-05-06', time: '09:00', tags: [] }] }),
    )
    const clock = fixedClock('2026-11-27T10:00:00.000Z')
    const e = await openEngine(dir, clock, { ports: { chooseOpenPath: async () => file } })
    const preview = await e.call('import:pick', { source: 'jrnl' })
    await runImport(e, preview?.token ?? '', mapping())
    await e.tandem.close()
    const again = await openEngine(dir, clock, { ports: { chooseOpenPath: async () => file } })
    expect((await again.call('journal:status')).problems).toEqual([])
    expect(await again.call('import:history')).toHaveLength(1)
    const second = await again.call('import:pick', { source: 'jrnl' })
    expect(second?.duplicates.map((d) => d.why)).toEqual(['imported-before'])
  })

  it('writes an entry without a title of its own once, first line included, as a reflection', async () => {
    const e = await importingEngine()
    e.pick(join(fixtures, 'dayone-journal.json'))
    const preview = await e.call('import:pick', { source: 'dayone' })
    await runImport(e, preview?.token ?? '', mapping({ as: 'reflections' }))
    const rows = await e.call('reflections:list')
    const slack = await e.call('reflections:get', { id: rows[0]?.id ?? '' })
    expect(slack.answer).toBe(
      '# Slack huddles\nA huddle is quicker than a meeting for a two-minute question.',
    )
  })

  it('undo keeps a session the user linked a reflection to, and a partner they renamed', async () => {
    const e = await importingEngine()
    e.pick(join(fixtures, 'dayone-journal.json'))
    const preview = await e.call('import:pick', { source: 'dayone' })
    await runImport(e, preview?.token ?? '', mapping({ partner: { kind: 'new', name: 'Priya' } }))
    e.clock.advance(60_000)
    const [slack] = await e.call('sessions:list')
    await e.call('reflections:create', {
      date: '2024-04-03',
      promptId: null,
      answer: 'Huddles will save me a meeting a week.',
      confidence: null,
      sessionId: slack?.id ?? null,
      goalIds: [],
      skillIds: [],
      private: false,
    })
    const [record] = await e.call('import:history')
    const undone = await e.call('import:undo', { importId: record?.id ?? '' })
    expect(undone.keptEdited).toBe(1)
    expect((await e.call('sessions:list')).map((s) => s.title)).toEqual(['Slack huddles'])
    const [mine] = await e.call('reflections:list')
    expect(mine?.sessionId).toBe(slack?.id)

    // A second import with a new partner the user renames: undo keeps the partner, and says nothing is lost.
    e.pick(join(fixtures, 'jrnl.json'))
    const jrnl = await e.call('import:pick', { source: 'jrnl' })
    await runImport(e, jrnl?.token ?? '', mapping({ partner: { kind: 'new', name: 'Ana' } }))
    e.clock.advance(60_000)
    const ana = (await e.call('partners:list')).find((p) => p.name === 'Ana')
    await e.call('partners:update', { id: ana?.id ?? '', name: 'Ana Lopez', direction: 'both-ways' })
    const [latest] = await e.call('import:history')
    await e.call('import:undo', { importId: latest?.id ?? '' })
    expect((await e.call('partners:list')).map((p) => p.name).sort()).toEqual(['Ana Lopez', 'Priya'])
  })
})
