import { describe, expect, it } from 'vitest'
import { goalDraft, sessionDraft, skillDraft } from './helpers/records'
import { fixedClock, openEngine } from './helpers/temp'

describe('the trash, for partners and the one-click × removes', () => {
  it('deletes a partner: their sessions, skills and programs keep working without one, and get them back', async () => {
    const { call } = await openEngine()
    const ada = await call('partners:create', { name: 'Ada', direction: 'both-ways' })
    const session = await call('sessions:create', sessionDraft({ partnerId: ada.id }))
    const skill = await call('skills:create', skillDraft({ partnerId: ada.id }))
    const program = await call('programs:start', {
      templateId: (await call('programs:templates'))[0]?.id ?? '',
      partnerId: ada.id,
      startDate: '2026-11-02',
    })

    expect(await call('partners:delete', { id: ada.id })).toEqual({ trashId: ada.id, warnings: [] })
    expect(await call('partners:list')).toEqual([])
    expect((await call('sessions:get', { id: session.id })).partnerId).toBeNull()
    expect((await call('skills:get', { id: skill.id })).skill.partnerId).toBeNull()
    expect((await call('programs:list'))[0]?.partnerId).toBeNull()
    // A session of theirs still saves: it no longer names a partner who is gone.
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = await call('sessions:get', { id: session.id })
    await call('sessions:update', { ...fields, id: session.id, title: 'Edited meanwhile' })
    expect((await call('trash:list'))[0]?.linkedFrom.map((l) => l.holder)).toEqual([
      'skill',
      'session',
      'program',
    ])

    const restored = await call('trash:restore', { id: ada.id })
    expect(restored.message).toBe('Restored the partner “Ada” with 3 links put back.')
    expect((await call('sessions:get', { id: session.id })).partnerId).toBe(ada.id)
    expect((await call('skills:get', { id: skill.id })).skill.partnerId).toBe(ada.id)
    expect((await call('programs:list'))[0]).toMatchObject({ id: program.id, partnerId: ada.id })
  })

  it('a record that chose another partner meanwhile keeps that one', async () => {
    const { call } = await openEngine()
    const ada = await call('partners:create', { name: 'Ada', direction: 'both-ways' })
    const bo = await call('partners:create', { name: 'Bo', direction: 'both-ways' })
    const session = await call('sessions:create', sessionDraft({ partnerId: ada.id }))
    await call('partners:delete', { id: ada.id })
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = await call('sessions:get', { id: session.id })
    await call('sessions:update', { ...fields, id: session.id, partnerId: bo.id })
    await call('trash:restore', { id: ada.id })
    expect((await call('sessions:get', { id: session.id })).partnerId).toBe(bo.id)
  })

  it('undoes a practice entry’s delete, and refuses while its skill is in the trash', async () => {
    const { call, refusal } = await openEngine()
    const skill = await call('skills:create', skillDraft())
    const entry = await call('skills:log-practice', {
      skillId: skill.id,
      date: '2026-11-20',
      note: 'Ran three rooms',
      levelAfter: 2,
    })
    const deleted = await call('skills:delete-practice', { id: entry.id })
    expect(deleted).toEqual({ trashId: entry.id, warnings: [] })
    expect((await call('skills:get', { id: skill.id })).practice).toEqual([])
    expect((await call('trash:list'))[0]).toMatchObject({
      kind: 'practice',
      title: 'Ran three rooms',
      parentTitle: 'Breakout rooms',
    })

    await call('skills:delete', { id: skill.id })
    const refused = await refusal('trash:restore', { id: entry.id })
    expect(refused).toEqual({
      code: 'conflict',
      message:
        'This practice entry belongs to the skill “Breakout rooms”, which is not in your journal. Restore the skill first; nothing was changed.',
    })
    await call('trash:restore', { id: skill.id })
    await call('trash:restore', { id: entry.id })
    expect((await call('skills:get', { id: skill.id })).practice).toEqual([entry])
  })

  it('a skill comes back with its practice log', async () => {
    const { call } = await openEngine()
    const skill = await call('skills:create', skillDraft())
    const entry = await call('skills:log-practice', {
      skillId: skill.id,
      date: '2026-11-20',
      note: 'Practised',
      levelAfter: 2,
    })
    await call('skills:delete', { id: skill.id })
    await call('trash:restore', { id: skill.id })
    const detail = await call('skills:get', { id: skill.id })
    expect(detail.practice).toEqual([entry])
    expect(detail.skill.level).toBe(2)
  })

  it('undoes a check-in’s removal: it goes back where it was', async () => {
    const { call, refusal } = await openEngine()
    const goal = await call('goals:create', goalDraft())
    for (const note of ['first', 'second', 'third'])
      await call('goals:add-check-in', { goalId: goal.id, date: '2026-11-20', note })
    const before = await call('goals:get', { id: goal.id })
    const middle = before.checkIns[1]?.id ?? ''

    const after = await call('goals:remove-check-in', { goalId: goal.id, checkInId: middle })
    expect(after.checkIns.map((c) => c.note)).toEqual(['first', 'third'])
    expect((await refusal('goals:remove-check-in', { goalId: goal.id, checkInId: middle })).code).toBe(
      'not-found',
    )
    // Undo: the check-in's id is its trash entry's.
    await call('trash:restore', { id: middle })
    expect((await call('goals:get', { id: goal.id })).checkIns).toEqual(before.checkIns)
  })

  it('undoes an action item’s ×: saving the earlier version brings it back whole', async () => {
    const clock = fixedClock()
    const { call } = await openEngine(undefined, clock)
    const session = await call(
      'sessions:create',
      sessionDraft({
        actionItems: [
          { text: 'Book a room', done: true, due: '2026-12-01' },
          { text: 'Keep', done: false, due: null },
        ],
      }),
    )
    const [booked, kept] = session.actionItems
    const goal = await call('goals:create', goalDraft())
    await call('goals:milestone-from-action-item', {
      goalId: goal.id,
      sessionId: session.id,
      itemId: booked?.id ?? '',
    })
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = session
    const inputOf = (items: typeof session.actionItems) =>
      items.map(({ id, text, done, due }) => ({ id, text, done, due }))

    clock.advance(60_000)
    const removed = await call('sessions:update', {
      ...fields,
      id: session.id,
      actionItems: inputOf(kept ? [kept] : []),
    })
    expect(removed.actionItems).toEqual([kept])
    clock.advance(60_000)
    // Undo sends the version before the × again.
    const undone = await call('sessions:update', {
      ...fields,
      id: session.id,
      actionItems: inputOf(session.actionItems),
    })
    expect(undone.actionItems).toEqual(session.actionItems)
  })

  it('undoes a milestone’s ×: it keeps its id, when it was ticked and the action item it came from', async () => {
    const clock = fixedClock()
    const { call } = await openEngine(undefined, clock)
    const session = await call(
      'sessions:create',
      sessionDraft({ actionItems: [{ text: 'Book a room', done: false, due: null }] }),
    )
    const goal = await call(
      'goals:create',
      goalDraft({ milestones: [{ text: 'Draft an agenda', done: true, due: null }] }),
    )
    const linked = await call('goals:milestone-from-action-item', {
      goalId: goal.id,
      sessionId: session.id,
      itemId: session.actionItems[0]?.id ?? '',
    })
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      status: _s,
      closedAt: _ca,
      closingReflection: _cr,
      statusHistory: _h,
      checkIns: _ci,
      sessionIds: _si,
      private: _p,
      ...fields
    } = linked
    const inputOf = (items: typeof linked.milestones) =>
      items.map(({ id, text, done, due }) => ({ id, text, done, due }))

    clock.advance(60_000)
    await call('goals:update', { ...fields, id: goal.id, milestones: [] })
    clock.advance(60_000)
    const undone = await call('goals:update', {
      ...fields,
      id: goal.id,
      milestones: inputOf(linked.milestones),
    })
    expect(undone.milestones).toEqual(linked.milestones)
  })
})
