import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTandem, type Tandem } from '../../src/main/app'
import type { GoalDraft } from '../../src/shared/domain/goal'
import { callsTo } from './helpers/call'

let dataDir: string
let tandem: Tandem
let now = new Date('2026-11-27T10:00:00')
const clock = { now: () => now }

const open = () =>
  createTandem({ dataDir, resourcesDir: 'resources', ports: { openExternal: async () => {} }, clock })

const { call, refusal } = callsTo(() => tandem.router)

/** The goals a session is linked to, found as the session screen finds them: in the goal list. */
const goalsOfSession = async (sessionId: string) =>
  (await call('goals:list')).filter((g) => g.sessionIds.includes(sessionId))

const draft = (over: Partial<GoalDraft> = {}): GoalDraft => ({
  title: 'Find speakers on LinkedIn',
  why: 'Our conference needs **fresh voices**.',
  category: 'Digital fluency',
  direction: 'learning',
  outcome: 'Five speakers confirmed',
  measure: 'Signed speaker forms',
  startDate: '2026-11-01',
  targetDate: '2026-12-31',
  milestones: [
    { text: 'Set up a search', due: '2026-11-20', done: false },
    { text: 'Message ten people', due: null, done: false },
  ],
  progressMode: 'milestones',
  manualProgress: null,
  manualReason: '',
  ...over,
})

const session = (title: string) =>
  call('sessions:create', {
    date: '2026-11-26',
    partnerId: null,
    title,
    topics: [],
    notes: '',
    learned: '',
    shared: '',
    actionItems: [{ text: 'Draft the outreach message', done: false, due: '2026-12-05' }],
    durationMinutes: null,
    private: false,
  })

beforeEach(async () => {
  now = new Date('2026-11-27T10:00:00')
  dataDir = await mkdtemp(join(tmpdir(), 'tandem-goals-'))
  tandem = await open()
})
afterEach(async () => {
  await tandem.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('goals engine', () => {
  it('creates a goal that survives a restart in its own versioned document', async () => {
    const goal = await call('goals:create', draft())
    expect(goal.status).toBe('active')
    expect(goal.milestones.map((m) => m.text)).toEqual(['Set up a search', 'Message ten people'])
    await tandem.close()
    const onDisk = JSON.parse(await readFile(join(dataDir, 'goals.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(1)
    tandem = await open()
    expect(await call('goals:get', { id: goal.id })).toEqual(goal)
  })

  it('gives each bad field its own message and saves nothing', async () => {
    expect(await refusal('goals:create', draft({ title: '   ' }))).toMatchObject({
      code: 'invalid-input',
      field: 'title',
      message: 'Give your goal a title.',
    })
    expect(await refusal('goals:create', draft({ targetDate: '2026-10-01' }))).toMatchObject({
      field: 'targetDate',
      message: 'The target date cannot be before the start date.',
    })
    expect(
      await refusal(
        'goals:create',
        draft({ progressMode: 'manual', manualProgress: 140, manualReason: 'x' }),
      ),
    ).toMatchObject({ field: 'manualProgress', message: 'Progress cannot be above 100.' })
    expect(
      await refusal('goals:create', draft({ progressMode: 'manual', manualProgress: 40, manualReason: '' })),
    ).toMatchObject({ field: 'manualReason' })
    expect(await call('goals:list')).toEqual([])

    const goal = await call('goals:create', draft())
    await refusal('goals:update', { ...draft({ title: 'Changed', targetDate: '2020-01-01' }), id: goal.id })
    expect((await call('goals:get', { id: goal.id })).title).toBe('Find speakers on LinkedIn')
  })

  it('answers a typed not-found for unknown ids', async () => {
    const id = '0d7c2b0e-8f55-4a57-9a47-4f3f5d6b7c81'
    expect(await refusal('goals:get', { id })).toMatchObject({ code: 'not-found' })
    expect(await refusal('goals:set-status', { id, status: 'paused', reflection: '' })).toMatchObject({
      code: 'not-found',
    })
    const goal = await call('goals:create', draft())
    expect(await refusal('goals:link-session', { goalId: goal.id, sessionId: id })).toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('session'),
    })
  })

  it('keeps milestone ids and tick times across saves, and check-ins record the progress of the moment', async () => {
    const goal = await call('goals:create', draft())
    const [first, second] = goal.milestones
    if (!first || !second) throw new Error('two milestones expected')
    now = new Date('2026-11-28T10:00:00')
    const ticked = await call('goals:update', {
      ...draft(),
      id: goal.id,
      // Reordered, first one ticked.
      milestones: [
        { id: second.id, text: second.text, due: null, done: false },
        { id: first.id, text: first.text, due: first.due, done: true },
      ],
    })
    expect(ticked.milestones.map((m) => m.id)).toEqual([second.id, first.id])
    expect(ticked.milestones[1]?.doneAt).toBe(now.toISOString())
    const withCheckIn = await call('goals:add-check-in', {
      goalId: goal.id,
      date: '2026-11-28',
      note: 'Search works.',
    })
    expect(withCheckIn.checkIns).toMatchObject([{ date: '2026-11-28', note: 'Search works.', progress: 50 }])
    // Back-dated (issue 11, defect 9): the progress of that day, or the progress the user entered with it.
    const backdated = await call('goals:add-check-in', {
      goalId: goal.id,
      date: '2026-11-20',
      note: 'Before the first milestone.',
    })
    expect(backdated.checkIns.at(-1)).toMatchObject({ date: '2026-11-20', progress: 0 })
    const entered = await call('goals:add-check-in', {
      goalId: goal.id,
      date: '2026-11-25',
      note: 'Nearly had it.',
      progress: 40,
    })
    expect(entered.checkIns.at(-1)).toMatchObject({ date: '2026-11-25', progress: 40 })
    expect(
      (await refusal('goals:add-check-in', { goalId: goal.id, date: '2026-11-25', note: 'x', progress: 140 }))
        .message,
    ).toBe('Progress cannot be above 100.')
    expect(
      await refusal('goals:add-check-in', { goalId: goal.id, date: '2026-11-28', note: ' ' }),
    ).toMatchObject({
      field: 'note',
    })
  })

  it('links sessions both ways and drops the link when the session is deleted', async () => {
    const goal = await call('goals:create', draft())
    const other = await call('goals:create', draft({ title: 'Coach a board presentation' }))
    const s = await session('LinkedIn search with Ana')
    await call('goals:link-session', { goalId: goal.id, sessionId: s.id })
    await call('goals:link-session', { goalId: goal.id, sessionId: s.id })
    await call('goals:link-session', { goalId: other.id, sessionId: s.id })
    expect((await call('goals:get', { id: goal.id })).sessionIds).toEqual([s.id])
    expect((await goalsOfSession(s.id)).map((g) => g.title).sort()).toEqual([
      'Coach a board presentation',
      'Find speakers on LinkedIn',
    ])
    await call('goals:unlink-session', { goalId: other.id, sessionId: s.id })
    await call('sessions:delete', { id: s.id })
    expect((await call('goals:get', { id: goal.id })).sessionIds).toEqual([])
    await tandem.close()
    tandem = await open()
    expect((await call('goals:get', { id: goal.id })).sessionIds).toEqual([])
  })

  it('deleting a goal keeps its sessions', async () => {
    const goal = await call('goals:create', draft())
    const s = await session('Kept')
    await call('goals:link-session', { goalId: goal.id, sessionId: s.id })
    await call('goals:delete', { id: goal.id })
    expect(await refusal('goals:get', { id: goal.id })).toMatchObject({ code: 'not-found' })
    expect((await call('sessions:get', { id: s.id })).title).toBe('Kept')
    expect(await goalsOfSession(s.id)).toEqual([])
  })

  it('turns an action item into a milestone once, linking the session', async () => {
    const goal = await call('goals:create', draft())
    const s = await session('Outreach')
    const itemId = s.actionItems[0]?.id ?? ''
    const updated = await call('goals:milestone-from-action-item', {
      goalId: goal.id,
      sessionId: s.id,
      itemId,
    })
    expect(updated.milestones.at(-1)).toMatchObject({
      text: 'Draft the outreach message',
      due: '2026-12-05',
      done: false,
      fromActionItem: { sessionId: s.id, itemId },
    })
    expect(updated.sessionIds).toEqual([s.id])
    expect(
      await refusal('goals:milestone-from-action-item', { goalId: goal.id, sessionId: s.id, itemId }),
    ).toMatchObject({ code: 'conflict' })
    await call('sessions:delete', { id: s.id })
    const after = await call('goals:get', { id: goal.id })
    expect(after.milestones.at(-1)).toMatchObject({
      text: 'Draft the outreach message',
      fromActionItem: null,
    })
  })

  it('sums up goals due within 14 days and overdue milestones of open goals', async () => {
    const soon = await call('goals:create', draft({ title: 'Soon', targetDate: '2026-12-05' }))
    await call('goals:create', draft({ title: 'Far', targetDate: '2027-03-01', milestones: [] }))
    const closed = await call('goals:create', draft({ title: 'Closed', targetDate: '2026-11-28' }))
    await call('goals:set-status', { id: closed.id, status: 'achieved', reflection: 'Done early.' })
    const due = await call('goals:due-soon')
    expect(due.goals.map((g) => [g.goal.title, g.overdue])).toEqual([['Soon', false]])
    expect(due.overdueMilestones.map((m) => [m.goalId, m.milestone.text])).toEqual([
      [soon.id, 'Set up a search'],
    ])
  })

  it('records status changes with their time and reflection through the channel', async () => {
    const goal = await call('goals:create', draft())
    expect(
      await refusal('goals:set-status', { id: goal.id, status: 'achieved', reflection: '' }),
    ).toMatchObject({
      field: 'reflection',
    })
    now = new Date('2026-12-01T09:30:00Z')
    const done = await call('goals:set-status', {
      id: goal.id,
      status: 'achieved',
      reflection: 'Five signed.',
    })
    expect(done).toMatchObject({
      status: 'achieved',
      closedAt: '2026-12-01T09:30:00.000Z',
      closingReflection: 'Five signed.',
    })
  })
})
