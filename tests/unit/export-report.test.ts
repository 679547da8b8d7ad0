import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createEvents, type FeatureContext } from '../../src/main/context'
import { PRINT_CSP, renderSectionBodies, reportDocument } from '../../src/main/export/html'
import { buildReport, partnerList } from '../../src/main/export/report'
import { reportSections } from '../../src/main/export/sections'
import type { HighlightsModel } from '../../src/main/export/sections/highlights'
import type { SessionsModel } from '../../src/main/export/sections/sessions'
import type { SummaryModel } from '../../src/main/export/sections/summary'
import { openPartners } from '../../src/main/partners/service'
import { openSessions } from '../../src/main/sessions/service'
import { Journal } from '../../src/main/store/journal'
import type { ReportOptions } from '../../src/shared/contract/export'
import { draft, reportOptions } from './export-helpers'

async function journalWith(now: string) {
  const ctx: FeatureContext = {
    journal: await Journal.open(await mkdtemp(join(tmpdir(), 'tandem-report-'))),
    clock: { now: () => new Date(now) },
    events: createEvents(),
    ports: { openExternal: async () => undefined },
    resourcesDir: 'resources',
    appVersion: 'test',
  }
  const partners = await openPartners(ctx)
  const sessions = await openSessions(ctx, { partners })
  const deps = { partners, sessions }
  return {
    sessions,
    partners,
    report: (options: Partial<ReportOptions> = {}) =>
      buildReport({ ...reportOptions, ...options }, reportSections(deps), deps, new Date(now)),
  }
}

const sessionsOf = (report: ReturnType<Awaited<ReturnType<typeof journalWith>>['report']>) =>
  report.sections.find((s) => s.id === 'sessions')?.model as SessionsModel
const summaryOf = (report: ReturnType<Awaited<ReturnType<typeof journalWith>>['report']>) =>
  report.sections.find((s) => s.id === 'summary')?.model as SummaryModel
const fact = (summary: SummaryModel, label: string) => summary.facts.find((f) => f.label === label)?.value

describe('the progress report model', () => {
  test('holds the sessions of the period, both boundary days included, oldest first', async () => {
    const j = await journalWith('2026-11-10T09:00:00Z')
    for (const date of ['2026-09-30', '2026-10-01', '2026-10-31', '2026-10-15', '2026-11-01']) {
      await j.sessions.create(draft({ date, title: `On ${date}`, durationMinutes: 30 }))
    }
    const report = j.report()
    expect(report.period).toMatchObject({ from: '2026-10-01', to: '2026-10-31', label: 'October 2026' })
    expect(sessionsOf(report).entries.map((e) => e.date)).toEqual(['2026-10-01', '2026-10-15', '2026-10-31'])
    expect(fact(summaryOf(report), 'Sessions held')).toBe('3')
    expect(fact(summaryOf(report), 'Time together')).toBe('1.5 hours')
    expect(summaryOf(report).tables).toEqual([
      {
        title: 'Sessions by partner',
        columns: ['Partner', 'Sessions', 'Hours', 'Learned', 'Shared'],
        rows: [['No partner', '3', '1.5', '0', '0']],
      },
    ])
    expect(report.sections.map((s) => s.id)).toEqual(['summary', 'sessions'])
  })

  test('leaves private sessions out, of the sessions and of the summary, unless the user opts in', async () => {
    const j = await journalWith('2026-11-10T09:00:00Z')
    await j.sessions.create(draft({ title: 'Open one' }))
    await j.sessions.create(draft({ title: 'Secret one', private: true, topics: ['salary'] }))
    const without = j.report()
    expect(sessionsOf(without).entries.map((e) => e.title)).toEqual(['Open one'])
    expect(fact(summaryOf(without), 'Sessions held')).toBe('1')
    expect(fact(summaryOf(without), 'Most discussed')).toBeUndefined()
    const bodies = await renderSectionBodies(without)
    expect(bodies.join('')).not.toContain('Secret one')

    const withPrivate = j.report({ includePrivate: true })
    expect(
      sessionsOf(withPrivate)
        .entries.map((e) => e.title)
        .sort(),
    ).toEqual(['Open one', 'Secret one'])
    expect(fact(summaryOf(withPrivate), 'Sessions held')).toBe('2')
  })

  test('an empty period gives a report that says so, not an error', async () => {
    const j = await journalWith('2026-11-10T09:00:00Z')
    await j.sessions.create(draft({ date: '2026-06-01' }))
    const report = j.report()
    expect(sessionsOf(report).entries).toEqual([])
    expect(fact(summaryOf(report), 'Sessions held')).toBe('0')
    expect((await renderSectionBodies(report)).join('')).toContain('No sessions in this period.')
  })

  test("the period follows the user's time zone", async () => {
    // 03:00 UTC on 1 March is still 28 February in New York: "last month" is January there, February in UTC.
    const j = await journalWith('2026-03-01T03:00:00Z')
    await j.sessions.create(draft({ date: '2026-01-31', title: 'January' }))
    await j.sessions.create(draft({ date: '2026-02-15', title: 'February' }))
    expect(sessionsOf(j.report({ timeZone: 'America/New_York' })).entries.map((e) => e.title)).toEqual([
      'January',
    ])
    expect(sessionsOf(j.report({ timeZone: 'UTC' })).entries.map((e) => e.title)).toEqual(['February'])
  })

  test('picks one partner, shows full notes only on request, and leaves out sections not picked', async () => {
    const j = await journalWith('2026-11-10T09:00:00Z')
    const sam = await j.partners.create({ name: 'Sam', direction: 'both-ways' })
    const kim = await j.partners.create({ name: 'Kim', direction: 'i-mentor-them' })
    await j.sessions.create(draft({ partnerId: sam.id, title: 'With Sam', notes: 'Long notes' }))
    await j.sessions.create(draft({ partnerId: kim.id, title: 'With Kim' }))
    const report = j.report({ partnerId: sam.id })
    expect(report.title).toBe('Mentoring progress report with Sam')
    expect(sessionsOf(report).entries).toMatchObject([{ title: 'With Sam', partner: 'Sam', notes: null }])
    expect(sessionsOf(j.report({ fullNotes: true, partnerId: sam.id })).entries[0]?.notes).toBe('Long notes')
    const summaryOnly = j.report({ sections: ['summary'] })
    expect(summaryOnly.sections.map((s) => s.id)).toEqual(['summary'])
    expect(fact(summaryOf(summaryOnly), 'Sessions held')).toBe('2')
  })

  test('the HTML is one standalone document: inline style under a strict policy, no script, text escaped', async () => {
    const j = await journalWith('2026-11-10T09:00:00Z')
    await j.sessions.create(
      draft({ title: '<script>alert(1)</script>', learned: '<img src=x onerror=alert(2)> and **bold**' }),
    )
    const report = j.report({ author: 'Ann <b>' })
    const html = reportDocument(report, await renderSectionBodies(report), new Map([['sec-sessions', 4]]))
    expect(html).toContain(`content="${PRINT_CSP}"`)
    expect(html).toContain('<style>')
    expect(html).not.toMatch(/<script|<img|onerror=alert\(2\)>|<link /i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('<strong>bold</strong>')
    expect(html).toContain('Ann &lt;b&gt;')
    expect(html).toMatch(/href="#sec-sessions".*<span class="page">4<\/span>/)
  })

  test('the title page says what "All time" covers, who the partners are and who made it; the private stay out', async () => {
    const j = await journalWith('2026-11-10T09:00:00Z')
    const sam = await j.partners.create({ name: 'Sam Okafor', direction: 'both-ways' })
    const kim = await j.partners.create({ name: 'Kim Lee', direction: 'i-mentor-them' })
    const ana = await j.partners.create({ name: 'Ana Secret', direction: 'both-ways' })
    await j.sessions.create(draft({ partnerId: kim.id, date: '2026-03-04', topics: ['Miro'] }))
    await j.sessions.create(draft({ partnerId: sam.id, date: '2026-05-01', topics: ['Miro', 'Excel'] }))
    await j.sessions.create(draft({ partnerId: sam.id, date: '2026-10-20', topics: ['Excel', 'AI'] }))
    await j.sessions.create(
      draft({ partnerId: ana.id, date: '2026-11-09', private: true, topics: ['salary'] }),
    )
    const report = j.report({ period: { kind: 'all-time', from: null, to: null }, author: 'Alex Doe' })
    expect(report.span).toEqual({ from: '2026-03-04', to: '2026-10-20' })
    expect(report.partners).toEqual(['Sam Okafor', 'Kim Lee'])
    const html = reportDocument(report, [], new Map())
    const title = html.slice(html.indexOf('<section class="title-page">'), html.indexOf('</section>'))
    expect(title).toContain('All time · 4 March 2026 – 20 October 2026')
    expect(title).toContain('<dt>Mentoring partners</dt><dd>Sam Okafor and Kim Lee</dd>')
    expect(title).toContain('<dt>Prepared by</dt><dd>Alex Doe</dd>')
    expect(title).toContain('<dt>Generated</dt><dd>10 November 2026</dd>')
    expect(html).not.toContain('Ana Secret')
    // The summary names the same period, and its one topic in large type with the runners-up counted.
    expect(summaryOf(report).periodLabel).toBe('All time · 4 March 2026 – 20 October 2026')
    const topics = summaryOf(report).facts.find((f) => f.label === 'Most discussed')
    expect(topics).toEqual({
      label: 'Most discussed',
      value: 'Excel',
      detail: 'in 2 sessions; then Miro (2), AI (1)',
    })

    // A period with its own dates keeps them; one partner picked is named alone.
    const october = j.report({ partnerId: sam.id })
    const oneTitle = reportDocument(october, [], new Map())
    expect(oneTitle).toContain('<p class="period">October 2026</p>')
    expect(oneTitle).toContain('<dt>Mentoring partner</dt><dd>Sam Okafor</dd>')
  })

  test('many partners are named up to four, then counted', () => {
    expect(partnerList(['A'])).toBe('A')
    expect(partnerList(['A', 'B'])).toBe('A and B')
    expect(partnerList(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C, D and E')
    expect(partnerList(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B, C, D and 2 others')
  })

  test('the highlights quote the latest ledger lines, one per session first, and leave private ones out', async () => {
    const j = await journalWith('2026-11-10T09:00:00Z')
    await j.sessions.create(
      draft({
        date: '2026-10-02',
        title: 'First',
        learned: '- Oldest line of all\n- Second line of the first',
        topics: ['Miro'],
      }),
    )
    await j.sessions.create(
      draft({
        date: '2026-10-09',
        title: 'Second',
        learned: '1. Middle session line\n\nshort',
        shared: 'What I told them back',
      }),
    )
    await j.sessions.create(
      draft({ date: '2026-10-20', title: 'Secret', learned: 'A private worry, never quoted', private: true }),
    )
    await j.sessions.create(
      draft({
        date: '2026-10-30',
        title: 'Third',
        learned: '## Newest line on top',
        durationMinutes: 90,
        topics: ['Miro', 'AI'],
      }),
    )
    const report = j.report({ sections: ['highlights', 'summary', 'sessions'] })
    expect(report.sections.map((s) => s.id)).toEqual(['highlights', 'summary', 'sessions'])
    const model = report.sections[0]?.model as HighlightsModel
    // Newest first, one line per session before a second line of any; list marks and headings gone.
    expect(model.learned.map((l) => [l.text, l.session])).toEqual([
      ['Newest line on top', 'Third'],
      ['Middle session line', 'Second'],
      ['Oldest line of all', 'First'],
    ])
    expect(model.shared.map((l) => l.text)).toEqual(['What I told them back'])
    expect(model).toMatchObject({ sessions: 3, hours: '1.5 hours', goalsAchieved: [], skillsUp: [] })
    expect(model.topics).toEqual([
      { topic: 'Miro', count: 2 },
      { topic: 'AI', count: 1 },
    ])
    const [html] = await renderSectionBodies(report)
    expect(html).toContain('Newest line on top')
    expect(html).not.toContain('private worry')
    expect(report.sections[0]?.markdown()).toContain('> Newest line on top\n> — 30 October 2026, Third')
  })
})

describe('starred ledger lines', () => {
  test('lead the highlights, newest session first, before the most recent lines fill the rest', async () => {
    const j = await journalWith('2026-11-10T09:00:00Z')
    await j.sessions.create(
      draft({
        date: '2026-10-02',
        title: 'Oldest',
        learned: '- A line nobody starred here\n- Pivot tables make a month readable',
        starred: { learned: ['Pivot tables make a month readable'], shared: [] },
      }),
    )
    await j.sessions.create(
      draft({ date: '2026-10-09', title: 'Middle', learned: 'Middle session line, not starred' }),
    )
    await j.sessions.create(
      draft({
        date: '2026-10-30',
        title: 'Newest',
        learned: 'Newest line, not starred\n- Keyboard shortcuts save an hour a week',
        shared: 'How to say no to a meeting',
        starred: {
          learned: ['Keyboard shortcuts save an hour a week'],
          shared: ['How to say no to a meeting'],
        },
      }),
    )
    // A starred line of a private session stays out, like everything else of it.
    await j.sessions.create(
      draft({
        date: '2026-10-31',
        title: 'Secret',
        learned: 'A starred private worry',
        starred: { learned: ['A starred private worry'], shared: [] },
        private: true,
      }),
    )
    const model = j.report({ sections: ['highlights', 'sessions'] }).sections[0]?.model as HighlightsModel
    expect(model.learned.map((l) => [l.text, l.session])).toEqual([
      ['Keyboard shortcuts save an hour a week', 'Newest'],
      ['Pivot tables make a month readable', 'Oldest'],
      ['Newest line, not starred', 'Newest'],
    ])
    expect(model.shared.map((l) => l.text)).toEqual(['How to say no to a meeting'])
  })

  test('a star follows its line and goes with it; a save that sends no stars keeps them', async () => {
    const j = await journalWith('2026-11-10T09:00:00Z')
    const created = await j.sessions.create(
      draft({
        learned: '- First idea\n- Second idea',
        shared: 'Told them about budgets',
        starred: {
          learned: ['Second idea', 'Not a line of this session'],
          shared: ['Told them about budgets'],
        },
      }),
    )
    // Stars that name no line are dropped; the rest keep the ledger's order.
    expect(created.starred).toEqual({ learned: ['Second idea'], shared: ['Told them about budgets'] })
    const { id, createdAt: _c, updatedAt: _u, actionItems: _a, starred: _s, ...rest } = created
    // A line added above: the star stays on "Second idea". Stars not sent: they are kept.
    const moved = await j.sessions.update({
      ...rest,
      id,
      actionItems: [],
      learned: '- New first line\n- First idea\n- Second idea',
    })
    expect(moved.starred).toEqual({ learned: ['Second idea'], shared: ['Told them about budgets'] })
    // The starred line rewritten: its star goes with the old text.
    const rewritten = await j.sessions.update({
      ...rest,
      id,
      actionItems: [],
      learned: '- Second idea, better',
    })
    expect(rewritten.starred).toEqual({ learned: [], shared: ['Told them about budgets'] })
    // The service keeps at most 20 a side (the router refuses more before it gets here).
    const many = Array.from({ length: 21 }, (_, n) => `Line ${n}`)
    const capped = await j.sessions.update({
      ...rest,
      id,
      actionItems: [],
      learned: many.join('\n'),
      starred: { learned: many, shared: [] },
    })
    expect(capped.starred.learned).toEqual(many.slice(0, 20))
  })
})
