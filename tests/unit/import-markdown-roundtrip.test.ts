import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportResult } from '../../src/shared/contract/import'
import { reportOptions } from './export-helpers'
import { fixedClock, openEngine, tempDir } from './helpers/temp'

/** Every session in full, private ones too: what the folder export must hand back. */
const allTime = {
  ...reportOptions,
  period: { kind: 'all-time' as const, from: null, to: null },
  includePrivate: true,
  fullNotes: true,
  layout: 'folder' as const,
}

type Engine = Awaited<ReturnType<typeof openEngine>>

async function run(e: Engine, token: string): Promise<ImportResult> {
  const mapping = {
    as: 'sessions' as const,
    partner: { kind: 'as-written' as const },
    tagsAsTopics: true,
    duplicates: 'skip' as const,
  }
  const { jobId } = await e.call('import:start', { token, mapping })
  for (;;) {
    const status = await e.call('import:progress', { jobId })
    if (status.done) {
      if (!status.result) throw new Error(status.error ?? 'no result')
      return status.result
    }
    await new Promise((r) => setTimeout(r, 5))
  }
}

/** A session as the user sees it, without what the journal makes (ids, time stamps). */
async function shapes(e: Engine) {
  const partners = new Map((await e.call('partners:list')).map((p) => [p.id, p.name]))
  const rows = await e.call('sessions:list')
  const all = await Promise.all(
    rows.map(async (row) => {
      const s = await e.call('sessions:get', { id: row.id })
      return {
        date: s.date,
        title: s.title,
        partner: s.partnerId === null ? null : partners.get(s.partnerId),
        topics: s.topics,
        notes: s.notes,
        learned: s.learned,
        shared: s.shared,
        actionItems: s.actionItems.map(({ text, done, due }) => ({ text, done, due })),
        durationMinutes: s.durationMinutes,
        private: s.private,
        starred: s.starred,
      }
    }),
  )
  // Two sessions on one day were written in the same instant (a fixed clock): order by title too.
  return all.sort((x, y) => (x.date + x.title < y.date + y.title ? -1 : 1))
}

describe("Tandem's own Markdown folder export", () => {
  it('comes back the same in an empty journal: sessions, ledgers, action items, topics, partners', async () => {
    const out = await tempDir('tandem-roundtrip-out-')
    const a = await openEngine(undefined, fixedClock('2026-11-27T10:00:00.000Z'), {
      ports: { chooseSavePath: async (name) => join(out, name) },
    })
    const sam = await a.call('partners:create', { name: 'Sam Lee', direction: 'they-mentor-me' })
    const base = {
      partnerId: sam.id,
      notes: '',
      learned: '',
      shared: '',
      actionItems: [],
      durationMinutes: null,
      private: false,
      topics: [],
    }
    await a.call('sessions:create', {
      ...base,
      date: '2026-09-02',
      title: 'Miro: "dot voting"',
      topics: ['Miro', 'retros'],
      learned: '# Profile\n\nDot **voting** picks the top three.\n\n## Why\n\n- quick\n- fair',
      shared: 'How I run a retro without slides.',
      starred: {
        learned: ['Dot **voting** picks the top three.', 'fair'],
        shared: ['How I run a retro without slides.'],
      },
      notes: 'We met in the small room.\n\n### Aside\n\nBring markers.',
      actionItems: [
        { text: 'Send the board link', done: true, due: '2026-09-05' },
        { text: 'Try a template (with timer)', done: false, due: null },
      ],
      durationMinutes: 45,
    })
    await a.call('sessions:create', {
      ...base,
      date: '2026-09-02',
      title: 'Second talk, same day',
      learned: 'Keyboard shortcuts.',
      private: true,
    })
    await a.call('sessions:create', {
      ...base,
      partnerId: null,
      date: '2026-10-11',
      title: 'On my own',
      shared: 'Wrote up the budget steps.',
    })
    const exported = await a.call('export:markdown', allTime)
    if (!exported) throw new Error('export cancelled')

    let folder: string | null = exported.path
    const b = await openEngine(undefined, fixedClock('2026-11-28T10:00:00.000Z'), {
      ports: { chooseOpenFolder: async () => folder },
    })
    const preview = await b.call('import:pick', { source: 'markdown' })
    if (!preview) throw new Error('no preview')
    expect(preview).toMatchObject({
      found: 4,
      toImport: 3,
      namesPartners: true,
      newPartners: ['Sam Lee'],
      duplicates: [],
    })
    expect(preview.skipped).toEqual([
      { where: 'README.md', reason: 'It is the summary page of a Tandem export, not an entry.' },
    ])
    await run(b, preview.token)
    const before = await shapes(a)
    expect(before).toHaveLength(3)
    const miro = before.find((s) => s.title.startsWith('Miro'))
    expect(miro?.learned).toContain('# Profile')
    expect(miro?.actionItems).toHaveLength(2)
    expect(miro?.starred).toEqual({
      learned: ['Dot **voting** picks the top three.', 'fair'],
      shared: ['How I run a retro without slides.'],
    })
    expect(await shapes(b)).toEqual(before)

    // Back into the journal it came from: each file names its session, so all three are spotted.
    folder = exported.path
    await a.tandem.close()
    const c = await openEngine(a.dir, fixedClock('2026-11-29T10:00:00.000Z'), {
      ports: { chooseOpenFolder: async () => folder },
    })
    const again = await c.call('import:pick', { source: 'markdown' })
    expect(again?.duplicates.map((d) => d.why)).toEqual([
      'imported-before',
      'imported-before',
      'imported-before',
    ])
    expect(again?.toImport).toBe(0)
  })
})
