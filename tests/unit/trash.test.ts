import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackup } from '../../src/main/backups/journal-files'
import { goalDraft, reflectionDraft, sessionDraft, skillDraft } from './helpers/records'
import { fixedClock, openEngine } from './helpers/temp'

const DAY = 24 * 60 * 60 * 1000

/** A session linked from a goal (twice: sessionIds and a milestone made from its action item), a skill and a reflection. */
async function linkedJournal(engine: Awaited<ReturnType<typeof openEngine>>) {
  const { call } = engine
  const session = await call(
    'sessions:create',
    sessionDraft({ actionItems: [{ text: 'Book a room with a camera', done: false, due: null }] }),
  )
  const itemId = session.actionItems[0]?.id ?? ''
  const goal = await call('goals:create', goalDraft())
  await call('goals:milestone-from-action-item', { goalId: goal.id, sessionId: session.id, itemId })
  const skill = await call('skills:create', skillDraft({ sessionIds: [session.id], goalIds: [goal.id] }))
  const reflection = await call(
    'reflections:create',
    reflectionDraft({ sessionId: session.id, goalIds: [goal.id], skillIds: [skill.id] }),
  )
  return { session, itemId, goal, skill, reflection }
}

async function expectLinked(
  call: Awaited<ReturnType<typeof openEngine>>['call'],
  j: Awaited<ReturnType<typeof linkedJournal>>,
) {
  const goal = await call('goals:get', { id: j.goal.id })
  expect(goal.sessionIds).toEqual([j.session.id])
  expect(goal.milestones[0]?.fromActionItem).toEqual({ sessionId: j.session.id, itemId: j.itemId })
  expect((await call('skills:get', { id: j.skill.id })).skill.sessionIds).toEqual([j.session.id])
  expect((await call('reflections:get', { id: j.reflection.id })).sessionId).toBe(j.session.id)
}

describe('the trash', () => {
  it('keeps a deleted session with every link it dropped, and Undo brings them all back', async () => {
    const engine = await openEngine()
    const { call } = engine
    const j = await linkedJournal(engine)

    const deleted = await call('sessions:delete', { id: j.session.id })
    expect(deleted).toEqual({ trashId: j.session.id, warnings: [] })
    expect((await call('goals:get', { id: j.goal.id })).sessionIds).toEqual([])
    expect((await call('goals:get', { id: j.goal.id })).milestones[0]?.fromActionItem).toBeNull()
    expect((await call('reflections:get', { id: j.reflection.id })).sessionId).toBeNull()

    const [item] = await call('trash:list')
    expect(item).toEqual({
      id: j.session.id,
      kind: 'session',
      title: 'Shortcuts',
      parentTitle: null,
      deletedAt: '2026-11-27T10:00:00.000Z',
      expiresAt: '2026-12-27T10:00:00.000Z',
      linkedFrom: [
        { holder: 'goal', title: 'Chair a hybrid meeting' },
        { holder: 'skill', title: 'Breakout rooms' },
        { holder: 'reflection', title: 'It went well.' },
      ],
    })

    const restored = await call('trash:restore', { id: deleted.trashId })
    expect(restored).toEqual({
      id: j.session.id,
      kind: 'session',
      title: 'Shortcuts',
      message: 'Restored the session “Shortcuts” with 4 links put back.',
      notes: [],
    })
    expect(await call('sessions:get', { id: j.session.id })).toEqual(j.session)
    await expectLinked(call, j)
    expect(await call('trash:list')).toEqual([])
  })

  it('survives a restart: restored after one, and still linked after another', async () => {
    const clock = fixedClock()
    const first = await openEngine(undefined, clock)
    const j = await linkedJournal(first)
    await first.call('sessions:delete', { id: j.session.id })
    await first.tandem.close()

    const second = await openEngine(first.dir, clock)
    expect((await second.call('trash:list')).map((t) => t.id)).toEqual([j.session.id])
    await second.call('trash:restore', { id: j.session.id })
    await second.tandem.close()

    const third = await openEngine(first.dir, clock)
    await expectLinked(third.call, j)
    expect(await third.call('trash:list')).toEqual([])
  })

  it('restores a goal deleted before a restart from the list, with the skill and reflection that linked it', async () => {
    const clock = fixedClock()
    const first = await openEngine(undefined, clock)
    const j = await linkedJournal(first)
    await first.call('goals:delete', { id: j.goal.id })
    expect((await first.call('skills:get', { id: j.skill.id })).skill.goalIds).toEqual([])
    await first.tandem.close()

    const second = await openEngine(first.dir, clock)
    const listed = await second.call('trash:list')
    expect(listed.map((t) => [t.kind, t.title])).toEqual([['goal', 'Chair a hybrid meeting']])
    const restored = await second.call('trash:restore', { id: listed[0]?.id ?? '' })
    expect(restored.message).toBe('Restored the goal “Chair a hybrid meeting” with 2 links put back.')
    const goal = await second.call('goals:get', { id: j.goal.id })
    expect(goal.sessionIds).toEqual([j.session.id])
    expect(goal.milestones).toHaveLength(1)
    expect((await second.call('skills:get', { id: j.skill.id })).skill.goalIds).toEqual([j.goal.id])
    expect((await second.call('reflections:get', { id: j.reflection.id })).goalIds).toEqual([j.goal.id])
  })

  it('restores what it can when a linked record is gone for good, and says so', async () => {
    const { call } = await openEngine()
    const goal = await call('goals:create', goalDraft())
    const reflection = await call('reflections:create', reflectionDraft({ goalIds: [goal.id] }))
    await call('reflections:delete', { id: reflection.id })
    await call('goals:delete', { id: goal.id })
    await call('trash:remove', { id: goal.id })

    const restored = await call('trash:restore', { id: reflection.id })
    expect(restored.notes).toEqual([
      'It linked a goal that is no longer in your journal, so it came back without that link.',
    ])
    expect((await call('reflections:get', { id: reflection.id })).goalIds).toEqual([])
  })

  it('keeps a link whose other end is in the trash, until that end comes back too', async () => {
    const { call } = await openEngine()
    const session = await call('sessions:create', sessionDraft())
    const goal = await call('goals:create', goalDraft())
    await call('goals:link-session', { goalId: goal.id, sessionId: session.id })
    await call('goals:delete', { id: goal.id })
    await call('sessions:delete', { id: session.id })

    const first = await call('trash:restore', { id: goal.id })
    expect(first.notes).toEqual([
      'It linked the session “Shortcuts”, which is in the trash; restoring that brings the link back.',
    ])
    expect((await call('goals:get', { id: goal.id })).sessionIds).toEqual([])
    await call('trash:restore', { id: session.id })
    expect((await call('goals:get', { id: goal.id })).sessionIds).toEqual([session.id])
  })

  it('forgets what was deleted more than 30 days ago: not listed, and gone from disk on the next open', async () => {
    const clock = fixedClock()
    const first = await openEngine(undefined, clock)
    const old = await first.call('sessions:create', sessionDraft({ title: 'Old' }))
    await first.call('sessions:delete', { id: old.id })
    clock.advance(20 * DAY)
    const recent = await first.call('sessions:create', sessionDraft({ title: 'Recent' }))
    await first.call('sessions:delete', { id: recent.id })
    clock.advance(10 * DAY - 1)
    expect((await first.call('trash:list')).map((t) => t.title)).toEqual(['Recent', 'Old'])

    clock.advance(1)
    expect((await first.call('trash:list')).map((t) => t.title)).toEqual(['Recent'])
    expect((await first.refusal('trash:restore', { id: old.id })).code).toBe('not-found')
    await first.tandem.close()

    const second = await openEngine(first.dir, clock)
    expect((await second.call('trash:list')).map((t) => t.title)).toEqual(['Recent'])
    const onDisk = JSON.parse(await readFile(join(first.dir, 'trash.json'), 'utf8')) as {
      entries: Array<{ id: string }>
    }
    expect(onDisk.entries.map((e) => e.id)).toEqual([recent.id])
  })

  it('empties, and removes one item, for good', async () => {
    const { call, refusal } = await openEngine()
    const a = await call('sessions:create', sessionDraft({ title: 'A' }))
    const b = await call('goals:create', goalDraft())
    const c = await call('skills:create', skillDraft())
    for (const [channel, id] of [
      ['sessions:delete', a.id],
      ['goals:delete', b.id],
      ['skills:delete', c.id],
    ] as const) {
      await call(channel, { id })
    }
    expect(await call('trash:remove', { id: c.id })).toEqual({ removed: 1 })
    expect(await call('trash:empty')).toEqual({ removed: 2 })
    expect(await call('trash:list')).toEqual([])
    expect((await refusal('trash:restore', { id: a.id })).code).toBe('not-found')
    expect((await refusal('sessions:get', { id: a.id })).code).toBe('not-found')
  })

  it('goes into backups: trash.json is a registered journal document', async () => {
    const { call, tandem } = await openEngine()
    const session = await call('sessions:create', sessionDraft())
    await call('sessions:delete', { id: session.id })
    const backup = await createBackup(tandem.journal, new Date('2026-11-27T12:00:00.000Z'))
    const trash = backup.documents.find((d) => d.path === 'trash.json')
    expect(trash?.data).toMatchObject({ schemaVersion: 2, entries: [{ id: session.id, kind: 'session' }] })
  })
})
