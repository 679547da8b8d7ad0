import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { frontMatter, slugify } from '../../src/main/export/front-matter'
import type { MarkdownExportResult } from '../../src/shared/contract/export'
import { addSession, answerOf, engine, reportOptions } from './export-helpers'

describe('Markdown export', () => {
  test('front matter is YAML any editor reads: quoted strings, bare dates, inline tag lists', () => {
    expect(
      frontMatter({
        title: 'Miro: "dot voting"',
        date: '2026-10-02',
        partner: null,
        tags: ['Miro', 'retros'],
        skipped: undefined,
        duration_minutes: 45,
      }),
    ).toBe(
      '---\ntitle: "Miro: \\"dot voting\\""\ndate: 2026-10-02\npartner: null\ntags: ["Miro", "retros"]\nduration_minutes: 45\n---\n',
    )
    expect(slugify('Crème brûlée, with Sam!')).toBe('creme-brulee-with-sam')
    expect(slugify('???')).toBe('untitled')
  })

  test('the folder layout writes one file per session with front matter, and a README with the rest', async () => {
    const { tandem, outDir } = await engine('2026-11-10T09:00:00Z')
    const sam = answerOf<{ id: string }>(
      await tandem.router.handle('partners:create', { name: 'Sam', direction: 'both-ways' }),
    )
    await addSession(tandem, {
      date: '2026-10-02',
      title: 'Miro basics',
      partnerId: sam.id,
      topics: ['Miro', 'retros'],
      learned: 'Dot **voting**',
    })
    await addSession(tandem, { date: '2026-10-09', title: 'Miro basics', private: true })
    await addSession(tandem, { date: '2026-10-20', title: 'Prompting' })
    const result = answerOf<MarkdownExportResult>(
      await tandem.router.handle('export:markdown', { ...reportOptions, layout: 'folder' }),
    )
    expect(result.path).toBe(join(outDir, 'tandem-export-2026-11-10'))
    expect(result.files).toBe(3)
    expect((await readdir(join(result.path, 'sessions'))).sort()).toEqual([
      '2026-10-02-miro-basics.md',
      '2026-10-20-prompting.md',
    ])
    const miro = await readFile(join(result.path, 'sessions', '2026-10-02-miro-basics.md'), 'utf8')
    expect(miro).toMatch(
      /^---\ntitle: "Miro basics"\ndate: 2026-10-02\npartner: "Sam"\ntags: \["Miro", "retros"\]\ntandem_session: "[0-9a-f-]{36}"\n---\n/,
    )
    expect(miro).toContain('Dot **voting**')
    const readme = await readFile(join(result.path, 'README.md'), 'utf8')
    expect(readme).toContain('## Summary')
    expect(readme).toContain('- **Sessions held:** 2')
    expect(readme).toContain(
      '| Partner | Sessions | Hours | Learned | Shared |\n| --- | ---: | ---: | ---: | ---: |\n| Sam | 1 | – | 1 | 0 |',
    )
    expect(readme).toContain('(sessions/2026-10-20-prompting.md)')
  })

  test('the single-file layout holds every section in one document', async () => {
    const { tandem, outDir } = await engine('2026-11-10T09:00:00Z')
    await addSession(tandem, {
      date: '2026-10-02',
      title: 'Miro basics',
      actionItems: [{ text: 'Try it', done: true, due: null }],
    })
    await addSession(tandem, { date: '2026-10-03', title: 'Hidden', private: true })
    const result = answerOf<MarkdownExportResult>(
      await tandem.router.handle('export:markdown', { ...reportOptions, layout: 'single-file' }),
    )
    expect(result.path).toBe(join(outDir, 'tandem-progress-report-2026-11-10.md'))
    const text = await readFile(result.path, 'utf8')
    expect(text).toMatch(
      /^---\ntitle: "Mentoring progress report"\nauthor: "Alex Doe"\nperiod: "October 2026"\nfrom: 2026-10-01\nto: 2026-10-31\n/,
    )
    expect(text).toContain('### 2 October 2026 — Miro basics')
    expect(text).toContain('- [x] Try it')
    expect(text).not.toContain('Hidden')
  })
})
