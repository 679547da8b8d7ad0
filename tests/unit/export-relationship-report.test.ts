import { readFile } from 'node:fs/promises'
import { PDFDocument } from '@cantoo/pdf-lib'
import { describe, expect, test } from 'vitest'
import type { ExportJobStatus, MarkdownExportResult } from '../../src/shared/contract/export'
import { addSession, answerOf, engine, reportOptions } from './export-helpers'
import { callsTo } from './helpers/call'
import { goalDraft, reflectionDraft, skillDraft } from './helpers/records'

/** Sam: three sessions (one private), skills both ways, a goal; Kim: one session that must stay out. */
async function journal() {
  const printed: string[] = []
  // Keeps the HTML it was given and answers a real (blank) PDF, so the export runs to the end.
  const printToPdf = async (html: string) => {
    printed.push(html)
    const doc = await PDFDocument.create()
    doc.addPage()
    return doc.save()
  }
  const { tandem } = await engine('2026-11-25T09:00:00Z', { printToPdf })
  const { call, callResult } = callsTo(tandem.router)
  const sam = await call('partners:create', { name: 'Sam Okafor', direction: 'they-mentor-me' })
  await call('partners:update', {
    id: sam.id,
    name: 'Sam Okafor',
    direction: 'they-mentor-me',
    nextSessionOn: '2026-12-04',
  })
  const kim = await call('partners:create', { name: 'Kim Lee', direction: 'both-ways' })
  const quiet = await call('partners:create', { name: 'Jo Quiet', direction: 'both-ways' })
  const hidden = await call('partners:create', { name: 'Pat Hidden', direction: 'both-ways' })
  const first = await addSession(tandem, {
    date: '2026-03-05',
    title: 'Teams basics',
    partnerId: sam.id,
    topics: ['Teams', 'Calendars'],
    durationMinutes: 60,
    learned: '- How to start a Teams meeting from the calendar',
    shared: 'How our budget review really works',
    actionItems: [
      { text: 'Book a practice call', done: true, due: null },
      { text: 'Try breakout rooms with the team', done: false, due: '2026-04-01' },
    ],
  })
  await addSession(tandem, {
    date: '2026-06-18',
    title: 'Pay talk',
    partnerId: sam.id,
    topics: ['Salary'],
    durationMinutes: 45,
    learned: 'Something about the pay talk I keep to myself',
    actionItems: [{ text: 'Ask HR about the pay band', done: false, due: null }],
    private: true,
  })
  const last = await addSession(tandem, {
    date: '2026-09-20',
    title: 'Sharing screens',
    partnerId: sam.id,
    topics: ['Teams'],
    durationMinutes: 30,
    learned: 'Share one window, never the whole screen',
    shared: 'How to run a meeting that ends on time',
  })
  await addSession(tandem, { date: '2026-10-01', title: 'Kim’s session', partnerId: kim.id })
  await addSession(tandem, {
    date: '2026-10-02',
    title: 'Hidden session',
    partnerId: hidden.id,
    private: true,
  })
  const goal = await call('goals:create', goalDraft({ title: 'Run my own Teams meetings' }))
  await call('goals:link-session', { goalId: goal.id, sessionId: first.id })
  await call('goals:link-session', { goalId: goal.id, sessionId: last.id })
  const secretGoal = await call('goals:create', goalDraft({ title: 'A secret goal', private: true }))
  await call('goals:link-session', { goalId: secretGoal.id, sessionId: first.id })
  const rooms = await call(
    'skills:create',
    skillDraft({ name: 'Breakout rooms', initialLevel: 1, partnerId: sam.id, firstMet: '2026-03-05' }),
  )
  await call('skills:log-practice', {
    skillId: rooms.id,
    date: '2026-09-20',
    note: 'Ran them myself',
    levelAfter: 3,
  })
  await call(
    'skills:create',
    skillDraft({ name: 'Budget reviews', direction: 'taught', initialLevel: 2, partnerId: sam.id }),
  )
  await call(
    'skills:create',
    skillDraft({ name: 'Secret skill', initialLevel: 2, partnerId: sam.id, private: true }),
  )
  await call('skills:create', skillDraft({ name: 'Kim’s skill', initialLevel: 2, partnerId: kim.id }))
  await call('reflections:create', reflectionDraft({ answer: 'Sam makes it easy.', sessionId: last.id }))
  await call('reflections:create', reflectionDraft({ answer: 'Kim’s reflection.' }))
  return { tandem, call, callResult, sam, kim, quiet, hidden, printed }
}

const partnerOptions = (partnerId: string | null) => ({
  ...reportOptions,
  focus: 'partner' as const,
  partnerId,
  sections: ['highlights', 'summary', 'goals', 'sessions', 'skills', 'reflections'],
  layout: 'single-file' as const,
})

async function markdownOf(call: ReturnType<typeof callsTo>['call'], options: object): Promise<string> {
  const result = (await call('export:markdown', {
    ...partnerOptions(null),
    ...options,
  })) as MarkdownExportResult
  return readFile(result.path, 'utf8')
}

describe('a relationship report', () => {
  test('tells one partner’s whole story, first session to last, and leaves out what is private', async () => {
    const { call, sam, tandem } = await journal()
    const text = await markdownOf(call, { partnerId: sam.id })
    expect(text).toContain('\n# My mentoring with Sam Okafor\n')
    // The relationship's real span, whatever period the screen had (last month is empty).
    expect(text).toContain('*5 March 2026 – 20 September 2026*')
    expect(text).toContain('With Sam Okafor.')
    expect(text).toMatch(/^partner: "Sam Okafor"$/m)
    expect(text).toContain('## The relationship')
    expect(text).toContain('## The relationship\n\n*5 March 2026 – 20 September 2026*')
    // Two sessions shown (the private one is out), 1.5 hours, March to September, one open item.
    expect(text).toContain(
      '**2** sessions held · **1.5 hours** together · **7** months · **1** open action item',
    )
    expect(text).toContain('### Who Sam Okafor is')
    expect(text).toContain(
      '- **Who mentors whom:** They mentor me\n- **First session:** 5 March 2026 · Teams basics\n- **Latest session:** 20 September 2026 · Sharing screens\n- **Next session planned:** 4 December 2026',
    )
    expect(text).toContain('### What we talked about most')
    expect(text).toContain('- Teams (2 sessions)\n- Calendars (1 session)')
    expect(text).not.toContain('Salary')
    // Newest first, one line per session.
    expect(text).toContain(
      '**What I learned from Sam Okafor**\n\n> Share one window, never the whole screen\n> — 20 September 2026, Sharing screens\n\n> How to start a Teams meeting from the calendar\n> — 5 March 2026, Teams basics',
    )
    expect(text).toContain('**What I shared with Sam Okafor**\n\n> How to run a meeting that ends on time')
    expect(text).toContain(
      '**Learned from Sam Okafor**\n\n- **Breakout rooms**: 1 · Aware of it → 3 · Can do it alone',
    )
    expect(text).toContain('**Taught to Sam Okafor**\n\n- **Budget reviews**: at 2 · Can do it with help')
    expect(text).toContain('- **Run my own Teams meetings** · Active, 0% · 2 sessions together')
    expect(text).toContain(
      '- [ ] Try breakout rooms with the team (due 1 April 2026 · from 5 March 2026 · Teams basics)',
    )
    // The usual sections follow, filtered to Sam; the period report's summary and highlights do not.
    expect(text).toContain('\n## Sessions\n')
    expect(text).toContain('\n## Skills\n')
    expect(text).toContain('\n## Reflections\n')
    expect(text).toContain('Sam makes it easy.')
    expect(text).not.toMatch(/\n## (Summary|Highlights|Goals)\n/)
    // Private items and other partners' records stay out everywhere.
    for (const gone of [
      'Pay talk',
      'keep to myself',
      'Ask HR about the pay band',
      'A secret goal',
      'Secret skill',
      'Kim',
    ])
      expect(text).not.toContain(gone)
    // The contents of the story are its parts, and a done item is not an open one.
    expect(text).not.toContain('Book a practice call (from')

    const preview = await call('export:preview', partnerOptions(sam.id))
    expect(preview).toMatchObject({
      periodLabel: '5 March 2026 – 20 September 2026',
      from: '2026-03-05',
      to: '2026-09-20',
      sessions: 2,
      privateLeftOut: 1,
      empty: false,
    })
    await tandem.close()
  })

  test('as a PDF: a title page with the name and the real dates, the story in the contents, a relationship Subject', async () => {
    const { tandem, sam, printed } = await journal()
    const job = answerOf<{ jobId: string }>(
      await tandem.router.handle('export:start-pdf', { ...partnerOptions(sam.id), sections: ['sessions'] }),
    )
    let status: ExportJobStatus
    for (;;) {
      status = answerOf<ExportJobStatus>(await tandem.router.handle('export:progress', job))
      if (status.done) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(status.error).toBeNull()
    const html = printed.find((h) => h.includes('class="toc"')) ?? ''
    const title = html.slice(html.indexOf('<section class="title-page">'), html.indexOf('</section>'))
    expect(title).toContain('<h1>My mentoring with Sam Okafor</h1>')
    expect(title).toContain('<p class="period">5 March 2026 – 20 September 2026</p>')
    expect(title).toContain('<dt>Mentoring partner</dt><dd>Sam Okafor</dd>')
    const toc = html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>'))
    expect(toc).toContain('<a href="#sec-relationship"><span class="title">The relationship</span>')
    expect(toc).toContain('<span class="title">Who Sam Okafor is</span>')
    expect(toc).toContain('<span class="title">Open action items</span>')
    // Only the sections picked follow the story.
    expect(toc).toContain('<span class="title">Sessions</span>')
    expect(toc).not.toContain('<span class="title">Skills</span>')
    const doc = await PDFDocument.load(await readFile(status.outputPath ?? ''), { updateMetadata: false })
    expect(doc.getTitle()).toBe('My mentoring with Sam Okafor')
    expect(doc.getSubject()).toBe(
      'Relationship report: the mentoring with Sam Okafor, 5 March 2026 – 20 September 2026: sessions, what I learned and shared, skills and goals',
    )
    expect(doc.getKeywords()).toBe('mentoring, relationship report, Sam Okafor')
    await tandem.close()
  })

  test('with private items included, the private session, its items and the private skill come in', async () => {
    const { call, sam, tandem } = await journal()
    const text = await markdownOf(call, { partnerId: sam.id, includePrivate: true })
    expect(text).toContain('**3** sessions held · **2.3 hours** together')
    expect(text).toContain('- [ ] Ask HR about the pay band (from 18 June 2026 · Pay talk)')
    expect(text).toContain('Secret skill')
    expect(text).toContain('A secret goal')
    await tandem.close()
  })

  test('without a partner, for an unknown one or one with nothing to show, it says why in words', async () => {
    const { callResult, quiet, hidden, tandem } = await journal()
    expect(await callResult('export:preview', partnerOptions(null))).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'partnerId', message: 'Pick the partner the report is about.' },
    })
    expect(
      await callResult('export:markdown', partnerOptions('00000000-0000-4000-8000-000000000000')),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'not-found',
        field: 'partnerId',
        message: expect.stringContaining('not in the journal'),
      },
    })
    expect(await callResult('export:preview', partnerOptions(quiet.id))).toMatchObject({
      ok: false,
      error: { field: 'partnerId', message: expect.stringContaining('no sessions with Jo Quiet yet') },
    })
    expect(await callResult('export:preview', partnerOptions(hidden.id))).toMatchObject({
      ok: false,
      error: { field: 'partnerId', message: expect.stringContaining('Keep out of exports') },
    })
    await tandem.close()
  })
})
