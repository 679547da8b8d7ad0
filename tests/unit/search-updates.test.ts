import { describe, expect, it } from 'vitest'
import { goalDraft, sessionDraft, skillDraft } from './helpers/records'
import { fixedClock, openEngine } from './helpers/temp'

/** The engine with a search that has been built once (the renderer warms it after first paint). */
async function warmEngine() {
  const clock = fixedClock('2026-11-27T10:00:00.000Z')
  const engine = await openEngine(undefined, clock)
  const ids = async (text: string) =>
    (await engine.call('search:query', { text, includePrivate: true })).hits.map((h) => h.id)
  return { ...engine, clock, ids }
}

describe('search: kept current', () => {
  it('finds an edit by its new words as soon as the save returns, and no longer by the old ones', async () => {
    const { call, ids, clock } = await warmEngine()
    const session = await call('sessions:create', sessionDraft({ notes: 'We tried the whiteboard.' }))
    expect(await ids('whiteboard')).toEqual([session.id])

    clock.advance(1000)
    const { id: _id, createdAt: _c, updatedAt: _u, actionItems, ...rest } = session
    await call('sessions:update', {
      ...rest,
      id: session.id,
      actionItems,
      notes: 'We tried the kanban board.',
    })
    expect(await ids('kanban')).toEqual([session.id])
    expect(await ids('whiteboard')).toEqual([])
  })

  it('follows a session moved to another month, and one deleted beside an unchanged one', async () => {
    const { call, ids, clock } = await warmEngine()
    const moving = await call(
      'sessions:create',
      sessionDraft({ date: '2026-10-05', notes: 'Dashboards today.' }),
    )
    const staying = await call(
      'sessions:create',
      sessionDraft({ date: '2026-10-06', notes: 'Dashboards again.' }),
    )
    const leaving = await call(
      'sessions:create',
      sessionDraft({ date: '2026-10-07', notes: 'Dashboards, last.' }),
    )
    expect((await ids('dashboards')).sort()).toEqual([moving.id, staying.id, leaving.id].sort())

    clock.advance(1000)
    const { id, createdAt: _c, updatedAt: _u, actionItems, ...rest } = moving
    await call('sessions:update', {
      ...rest,
      id,
      actionItems,
      date: '2026-11-02',
      notes: 'Dashboards, moved.',
    })
    await call('sessions:delete', { id: leaving.id })
    // Moved: found once, by its new words, in its new month; deleted: gone; the other: untouched.
    expect((await ids('dashboards')).sort()).toEqual([moving.id, staying.id].sort())
    expect(await ids('moved')).toEqual([moving.id])
    const inNovember = await call('search:query', {
      text: 'dashboards',
      from: '2026-11-01',
      to: '2026-11-30',
    })
    expect(inNovember.hits.map((h) => h.id)).toEqual([moving.id])
  })

  it('sees a save made within the same millisecond (the record is a new object)', async () => {
    const { call, ids } = await warmEngine()
    const goal = await call('goals:create', goalDraft({ title: 'Chair a hybrid meeting' }))
    expect(await ids('hybrid')).toEqual([goal.id])
    const { id, ...rest } = goal
    await call('goals:update', {
      id,
      ...goalDraft({ title: 'Chair a remote meeting', startDate: rest.startDate }),
    })
    expect(await ids('remote')).toEqual([goal.id])
    expect(await ids('hybrid')).toEqual([])
  })

  it('drops a deleted record and finds it again when it comes back from the trash', async () => {
    const { call, ids } = await warmEngine()
    const session = await call('sessions:create', sessionDraft({ notes: 'Captions on the recording.' }))
    expect(await ids('captions')).toEqual([session.id])
    const { trashId } = await call('sessions:delete', { id: session.id })
    expect(await ids('captions')).toEqual([])
    await call('trash:restore', { id: trashId })
    expect(await ids('captions')).toEqual([session.id])
  })

  it('follows practice notes logged and deleted without the skill itself changing', async () => {
    const { call, ids } = await warmEngine()
    const skill = await call('skills:create', skillDraft({ name: 'Pivot tables' }))
    expect(await ids('quarterly')).toEqual([])
    const entry = await call('skills:log-practice', {
      skillId: skill.id,
      date: '2026-11-27',
      note: 'Built the quarterly summary.',
      levelAfter: 2,
    })
    expect(await ids('quarterly')).toEqual([skill.id])
    await call('skills:delete-practice', { id: entry.id })
    expect(await ids('quarterly')).toEqual([])
  })

  it("finds a partner's sessions by their new name after a rename", async () => {
    const { call, ids, clock } = await warmEngine()
    const partner = await call('partners:create', { name: 'Samuel', direction: 'both-ways' })
    const session = await call('sessions:create', sessionDraft({ partnerId: partner.id }))
    expect((await ids('samuel')).sort()).toEqual([partner.id, session.id].sort())
    clock.advance(1000)
    await call('partners:update', { id: partner.id, name: 'Rosalind', direction: 'both-ways' })
    expect((await ids('rosalind')).sort()).toEqual([partner.id, session.id].sort())
    expect(await ids('samuel')).toEqual([])
  })

  it('hides a reflection as soon as its session is marked private', async () => {
    const { call, clock } = await warmEngine()
    const session = await call('sessions:create', sessionDraft({ notes: 'Feedback practice.' }))
    await call('reflections:create', {
      date: '2026-11-27',
      promptId: null,
      answer: 'Feedback is a habit.',
      confidence: null,
      sessionId: session.id,
      goalIds: [],
      skillIds: [],
      private: false,
    })
    const found = async () => (await call('search:query', { text: 'feedback' })).hits.map((h) => h.kind)
    expect((await found()).sort()).toEqual(['reflection', 'session'])
    clock.advance(1000)
    const { id, createdAt: _c, updatedAt: _u, ...rest } = session
    await call('sessions:update', { ...rest, id, private: true })
    expect(await found()).toEqual([])
  })

  it('answers a query that arrives during the build once the build is done, saying it waited', async () => {
    const { call } = await openEngine()
    for (let i = 0; i < 30; i++) await call('sessions:create', sessionDraft({ notes: `Entry number ${i}.` }))
    const first = call('search:query', { text: 'entry' })
    const warm = await call('search:query', { text: '' })
    expect(warm.indexed).toBe(false)
    const answer = await first
    expect(answer.indexed).toBe(false)
    expect(answer.counts.session).toBe(30)
    expect((await call('search:query', { text: 'entry' })).indexed).toBe(true)
  })
})
