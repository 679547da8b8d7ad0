import { describe, expect, it } from 'vitest'
import type { SessionDraft } from '../../src/shared/domain/session'
import { fixedClock, openEngine } from './helpers/temp'

function draft(overrides: Partial<SessionDraft> = {}): SessionDraft {
  return {
    date: '2026-11-20',
    partnerId: null,
    title: 'A session',
    topics: [],
    notes: '',
    learned: '',
    shared: '',
    actionItems: [],
    durationMinutes: null,
    private: false,
    ...overrides,
  }
}

/** Seven sessions over three months, written oldest first, one a minute. */
async function seeded() {
  const clock = fixedClock('2026-12-01T09:00:00.000Z')
  const engine = await openEngine(undefined, clock)
  const sam = await engine.call('partners:create', { name: 'Sam Okafor', direction: 'both-ways' })
  const days: Array<[string, string, string[]]> = [
    ['2026-09-03', 'Spreadsheets', ['Excel']],
    ['2026-09-20', 'Pivot tables', ['excel', 'Data']],
    ['2026-10-01', 'Miro boards', ['Miro']],
    ['2026-10-01', 'Miro again', ['Miro', 'Retros']],
    ['2026-10-15', 'Prompting', ['AI']],
    ['2026-11-02', 'Slides', ['Data']],
    ['2026-11-20', 'Lunch chat', []],
  ]
  for (const [date, title, topics] of days) {
    const partnerId = title === 'Slides' ? sam.id : null
    await engine.call('sessions:create', draft({ date, title, topics, partnerId }))
    clock.advance(60_000)
  }
  return engine
}

describe('the paged session list', () => {
  it('answers pages newest first (same day: the later written first) with the total and the next offset', async () => {
    const { call } = await seeded()
    const first = await call('sessions:page', { offset: 0, limit: 3 })
    expect(first.items.map((s) => s.title)).toEqual(['Lunch chat', 'Slides', 'Prompting'])
    expect(first).toMatchObject({ total: 7, offset: 0, nextOffset: 3 })
    const second = await call('sessions:page', { offset: 3, limit: 3 })
    expect(second.items.map((s) => s.title)).toEqual(['Miro again', 'Miro boards', 'Pivot tables'])
    const last = await call('sessions:page', { offset: 6, limit: 3 })
    expect(last.items.map((s) => s.title)).toEqual(['Spreadsheets'])
    expect(last.nextOffset).toBeNull()
    expect((await call('sessions:page', { offset: 40, limit: 3 })).items).toEqual([])
    // Summaries only: the notes stay in main until a session is opened.
    expect(first.items[0]).not.toHaveProperty('notes')
  })

  it('filters by title, partner name or topic in any case, and pages the matches', async () => {
    const { call } = await seeded()
    const byTopic = await call('sessions:page', { offset: 0, limit: 10, filter: 'EXCEL' })
    expect(byTopic.items.map((s) => s.title)).toEqual(['Pivot tables', 'Spreadsheets'])
    expect(byTopic.total).toBe(2)
    expect(
      (await call('sessions:page', { offset: 0, limit: 10, filter: 'okafor' })).items.map((s) => s.title),
    ).toEqual(['Slides'])
    expect(
      (await call('sessions:page', { offset: 1, limit: 1, filter: ' miro ' })).items.map((s) => s.title),
    ).toEqual(['Miro boards'])
  })

  it('indexes the months, newest first, with counts and the offset where each starts', async () => {
    const { call } = await seeded()
    expect(await call('sessions:months', {})).toEqual([
      { month: '2026-11', count: 2, offset: 0 },
      { month: '2026-10', count: 3, offset: 2 },
      { month: '2026-09', count: 2, offset: 5 },
    ])
    // The offset is a place in the filtered list, so a page from it starts that month.
    const months = await call('sessions:months', { filter: 'data' })
    expect(months).toEqual([
      { month: '2026-11', count: 1, offset: 0 },
      { month: '2026-09', count: 1, offset: 1 },
    ])
    const september = await call('sessions:page', {
      offset: months[1]?.offset ?? -1,
      limit: 5,
      filter: 'data',
    })
    expect(september.items.map((s) => s.date)).toEqual(['2026-09-20'])
  })

  it('counts distinct topics, one topic whatever its case, most used first', async () => {
    const { call } = await seeded()
    expect(await call('sessions:topics')).toEqual([
      { topic: 'Data', count: 2 },
      { topic: 'excel', count: 2 },
      { topic: 'Miro', count: 2 },
      { topic: 'AI', count: 1 },
      { topic: 'Retros', count: 1 },
    ])
  })

  it('answers the summaries of given sessions newest first, leaving out ids it does not hold', async () => {
    const { call } = await seeded()
    const page = await call('sessions:page', { offset: 0, limit: 7 })
    const [newest, , third] = page.items
    const ids = [third?.id ?? '', crypto.randomUUID(), newest?.id ?? '', newest?.id ?? '']
    expect((await call('sessions:summaries', { ids })).map((s) => s.title)).toEqual([
      'Lunch chat',
      'Prompting',
    ])
  })

  it('refuses pages that are not bounded or do not make sense, in plain words', async () => {
    const { callResult } = await seeded()
    for (const input of [
      { offset: 0, limit: 201 },
      { offset: 0, limit: 0 },
      { offset: -1, limit: 5 },
      { offset: 0.5, limit: 5 },
      { offset: 0, limit: 5, filter: 'x'.repeat(201) },
    ]) {
      expect(await callResult('sessions:page', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      })
    }
    const tooMany = await callResult('sessions:summaries', {
      ids: Array.from({ length: 1001 }, () => crypto.randomUUID()),
    })
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await callResult('sessions:open-action-items', { limit: 500 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    })
  })
})

describe('the open action items on Home', () => {
  it('answers the first items, overdue and soonest due first, undated last, with how many are open', async () => {
    const { call } = await openEngine(undefined, fixedClock('2026-12-01T09:00:00.000Z'))
    await call(
      'sessions:create',
      draft({
        date: '2026-10-01',
        actionItems: [
          { text: 'Undated, older session', done: false, due: null },
          { text: 'Due late', done: false, due: '2027-01-10' },
          { text: 'Done already', done: true, due: '2026-01-01' },
        ],
      }),
    )
    await call(
      'sessions:create',
      draft({
        date: '2026-11-01',
        actionItems: [
          { text: 'Undated, newer session', done: false, due: null },
          { text: 'Overdue', done: false, due: '2026-11-15' },
        ],
      }),
    )
    const all = await call('sessions:open-action-items', { limit: 10 })
    expect(all.items.map((o) => o.item.text)).toEqual([
      'Overdue',
      'Due late',
      'Undated, newer session',
      'Undated, older session',
    ])
    expect(all.total).toBe(4)
    const two = await call('sessions:open-action-items', { limit: 2 })
    expect(two.items.map((o) => o.item.text)).toEqual(['Overdue', 'Due late'])
    expect(two.total).toBe(4)
  })
})
