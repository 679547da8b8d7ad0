import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTandem, type Tandem } from '../../src/main/app'
import { createEvents } from '../../src/main/context'
import { openGoals } from '../../src/main/goals/service'
import { openPartners } from '../../src/main/partners/service'
import { openSessions } from '../../src/main/sessions/service'
import { openSkills } from '../../src/main/skills/service'
import { Journal } from '../../src/main/store/journal'
import { GoalDraft } from '../../src/shared/domain/goal'
import type { SkillDraft } from '../../src/shared/domain/skill'
import { callsTo } from './helpers/call'

let dir: string
let tandem: Tandem
let now = new Date(2026, 2, 10, 12, 0, 0)
const clock = { now: () => now }

async function open() {
  tandem = await createTandem({
    dataDir: dir,
    resourcesDir: 'resources',
    appVersion: 'test',
    ports: { openExternal: async () => {} },
    clock,
  })
}

const { call, refusal } = callsTo(() => tandem.router)

const draft = (over: Partial<SkillDraft> = {}): SkillDraft => ({
  name: 'Dot voting on Miro',
  category: 'Collaboration and communication tools',
  direction: 'learned' as const,
  purpose: 'Letting a group pick **quickly**.',
  initialLevel: 1,
  partnerId: null,
  firstMet: '2026-03-01',
  evidence: '',
  sessionIds: [],
  goalIds: [],
  ...over,
})

const goalDraft: GoalDraft = {
  title: 'Run a meeting on Miro',
  why: '',
  category: 'Digital fluency',
  direction: 'learning',
  outcome: '',
  measure: '',
  startDate: '2026-03-01',
  targetDate: null,
  milestones: [],
  progressMode: 'milestones',
  manualProgress: null,
  manualReason: '',
}

beforeEach(async () => {
  now = new Date(2026, 2, 10, 12, 0, 0)
  dir = await mkdtemp(join(tmpdir(), 'tandem-skills-'))
  await open()
})
afterEach(async () => {
  await tandem.close()
  await rm(dir, { recursive: true, force: true })
})

describe('skills', () => {
  it('derives the level history, current level and trend from practice entries', async () => {
    const skill = await call('skills:create', draft())
    expect(skill).toMatchObject({ level: 1, trend: 'steady', lastPractice: null })
    await call('skills:log-practice', {
      skillId: skill.id,
      date: '2026-03-05',
      note: 'Ran a vote',
      levelAfter: 3,
    })
    await call('skills:log-practice', {
      skillId: skill.id,
      date: '2026-03-03',
      note: 'Tried alone',
      levelAfter: 2,
    })
    let detail = await call('skills:get', { id: skill.id })
    expect(detail.history).toEqual([
      { date: '2026-03-01', level: 1 },
      { date: '2026-03-03', level: 2 },
      { date: '2026-03-05', level: 3 },
    ])
    expect(detail.skill).toMatchObject({
      level: 3,
      trend: 'up',
      lastPractice: '2026-03-05',
      practiceCount: 2,
    })
    expect(detail.practice.map((p) => p.note)).toEqual(['Ran a vote', 'Tried alone'])
    await call('skills:log-practice', {
      skillId: skill.id,
      date: '2026-03-09',
      note: 'Got lost',
      levelAfter: 2,
    })
    detail = await call('skills:get', { id: skill.id })
    expect(detail.skill).toMatchObject({ level: 2, trend: 'down' })
  })

  it('keeps practice apart from skills.json, in monthly shards, and finds it all after a reopen', async () => {
    const skill = await call('skills:create', draft())
    await call('skills:log-practice', { skillId: skill.id, date: '2026-02-20', note: 'One', levelAfter: 2 })
    await call('skills:log-practice', { skillId: skill.id, date: '2026-03-02', note: 'Two', levelAfter: 3 })
    await tandem.close()
    expect((await readdir(join(dir, 'practice'))).sort()).toEqual(['2026-02.json', '2026-03.json'])
    const stored = JSON.parse(await readFile(join(dir, 'skills.json'), 'utf8'))
    expect(stored.schemaVersion).toBe(1)
    expect(JSON.stringify(stored)).not.toContain('One')
    await open()
    const detail = await call('skills:get', { id: skill.id })
    expect(detail.practice).toHaveLength(2)
    expect(detail.skill.level).toBe(3)
  })

  it('requires a name unique per direction, ignoring case, and says so at the field', async () => {
    await call('skills:create', draft())
    expect(await refusal('skills:create', draft({ name: 'DOT VOTING on miro' }))).toMatchObject({
      code: 'conflict',
      field: 'name',
      message: 'You already have a skill learned called "Dot voting on Miro".',
    })
    await call('skills:create', draft({ name: 'dot voting on miro', direction: 'taught' }))
    expect(await refusal('skills:create', draft({ name: '   ' }))).toMatchObject({
      field: 'name',
      message: 'Give the skill a name.',
    })
    const other = await call('skills:create', draft({ name: 'Shortcuts' }))
    expect(
      await refusal('skills:update', { ...draft({ name: 'Dot Voting on Miro' }), id: other.id }),
    ).toMatchObject({ field: 'name' })
  })

  it('refuses levels outside 1 to 5 and practice dates in the future', async () => {
    expect(await refusal('skills:create', draft({ initialLevel: 6 }))).toMatchObject({
      field: 'initialLevel',
      message: 'Pick a level from 1 to 5.',
    })
    const skill = await call('skills:create', draft())
    expect(
      await refusal('skills:log-practice', {
        skillId: skill.id,
        date: '2026-03-11',
        note: 'x',
        levelAfter: 2,
      }),
    ).toMatchObject({
      field: 'date',
      message: 'A practice entry cannot be in the future.',
    })
    expect(
      await refusal('skills:log-practice', {
        skillId: skill.id,
        date: '2026-03-10',
        note: 'x',
        levelAfter: 0,
      }),
    ).toMatchObject({
      field: 'levelAfter',
    })
    await call('skills:log-practice', {
      skillId: skill.id,
      date: '2026-03-10',
      note: 'today is fine',
      levelAfter: 2,
    })
  })

  it('keeps links valid: unknown sessions and partners are refused, deleted ones are dropped', async () => {
    const partner = await call('partners:create', { name: 'Sam', direction: 'both-ways' })
    const session = await call('sessions:create', {
      date: '2026-03-02',
      partnerId: partner.id,
      title: 'Miro',
      topics: [],
      notes: '',
      learned: '',
      shared: '',
      actionItems: [],
      durationMinutes: null,
      private: false,
    })
    const missing = '6f1c1e2a-6b1e-4b5e-9d3c-2a4f5e6d7c8b'
    expect(await refusal('skills:create', draft({ sessionIds: [missing] }))).toMatchObject({
      field: 'sessionIds.0',
    })
    expect(await refusal('skills:create', draft({ partnerId: missing }))).toMatchObject({
      field: 'partnerId',
    })
    expect(await refusal('skills:create', draft({ goalIds: [missing] }))).toMatchObject({
      code: 'invalid-input',
      field: 'goalIds.0',
      message: 'One of the linked goals no longer exists.',
    })
    const { id: goal } = await call('goals:create', goalDraft)
    const skill = await call(
      'skills:create',
      draft({ partnerId: partner.id, sessionIds: [session.id], goalIds: [goal] }),
    )
    await call('sessions:delete', { id: session.id })
    const detail = await call('skills:get', { id: skill.id })
    expect(detail.skill.sessionIds).toEqual([])
    expect(detail.skill.goalIds).toEqual([goal])
    expect(detail.skill.partnerId).toBe(partner.id)
  })

  it('deleting a skill removes its practice log and keeps the sessions it was linked to', async () => {
    const session = await call('sessions:create', {
      date: '2026-03-02',
      partnerId: null,
      title: 'Kept',
      topics: [],
      notes: '',
      learned: '',
      shared: '',
      actionItems: [],
      durationMinutes: null,
      private: false,
    })
    const skill = await call('skills:create', draft({ sessionIds: [session.id] }))
    await call('skills:log-practice', { skillId: skill.id, date: '2026-03-05', note: 'x', levelAfter: 2 })
    await call('skills:delete', { id: skill.id })
    expect(await call('skills:list')).toEqual([])
    expect(await refusal('skills:get', { id: skill.id })).toMatchObject({ code: 'not-found' })
    expect(await call('sessions:get', { id: session.id })).toMatchObject({ title: 'Kept' })
    await tandem.close()
    expect(await readFile(join(dir, 'practice', '2026-03.json'), 'utf8')).not.toContain(skill.id)
  })
})

describe('links to goals and partners', () => {
  it('drops a goal when goals announce its deletion, and announces its own', async () => {
    const journal = await Journal.open(join(dir, 'direct'))
    const ctx = {
      journal,
      clock,
      events: createEvents(),
      ports: { openExternal: async () => {} },
      resourcesDir: 'resources',
      appVersion: 'test',
    }
    const partners = await openPartners(ctx)
    const partner = await partners.create({ name: 'Ada', direction: 'i-mentor-them' })
    const sessions = await openSessions(ctx, { partners })
    const goals = await openGoals(ctx, { sessions })
    const skills = await openSkills(ctx, { partners, sessions, goals })
    const { id: goal } = await goals.create(GoalDraft.parse(goalDraft))
    const { id: kept } = await goals.create(GoalDraft.parse({ ...goalDraft, title: 'Kept' }))
    const skill = await skills.create({
      ...draft({ partnerId: partner.id, goalIds: [goal, kept] }),
      direction: 'taught',
    } as never)
    await goals.remove(goal)
    expect(skills.get(skill.id).skill.goalIds).toEqual([kept])
    const deleted: string[] = []
    ctx.events.on('skill:deleted', ({ id }) => {
      deleted.push(id)
    })
    await skills.remove(skill.id)
    expect(deleted).toEqual([skill.id])
    await journal.settle()
  })
})

describe('the review queue', () => {
  it('moves reviewed skills out with new dates, once a day, and can log practice with a new level', async () => {
    const a = await call('skills:create', draft({ name: 'A' }))
    const b = await call('skills:create', draft({ name: 'B' }))
    expect((await call('skills:review-queue')).map((s) => s.name)).toEqual(['A', 'B'])
    const ra = await call('skills:review', { skillId: a.id, rating: 'easy' })
    expect(ra.review).toMatchObject({ nextReview: '2026-03-14', lastReviewed: '2026-03-10', reviews: 1 })
    const rb = await call('skills:review', {
      skillId: b.id,
      rating: 'again',
      practice: { note: 'Forgot the menu', levelAfter: 2 },
    })
    expect(rb).toMatchObject({ level: 2, practiceCount: 1, review: { nextReview: '2026-03-11', lapses: 1 } })
    expect(await call('skills:review-queue')).toEqual([])
    expect(await refusal('skills:review', { skillId: b.id, rating: 'good' })).toMatchObject({
      code: 'conflict',
    })
    now = new Date(2026, 2, 11, 8, 0, 0)
    expect((await call('skills:review-queue')).map((s) => s.name)).toEqual(['B'])
    now = new Date(2026, 2, 14, 8, 0, 0)
    expect((await call('skills:review-queue')).map((s) => s.name)).toEqual(['B', 'A']) // the longest overdue first
  })

  it('summarises the ledger per month, per level and per partner', async () => {
    const partner = await call('partners:create', { name: 'Sam', direction: 'both-ways' })
    await call('skills:create', draft({ name: 'Miro', partnerId: partner.id }))
    await call(
      'skills:create',
      draft({
        name: 'Retros',
        direction: 'taught',
        partnerId: partner.id,
        initialLevel: 4,
        firstMet: '2026-02-11',
      }),
    )
    const summary = await call('skills:summary')
    expect(summary.months).toEqual([
      { month: '2026-02', learned: 0, taught: 1 },
      { month: '2026-03', learned: 1, taught: 0 },
    ])
    expect(summary.levels).toEqual({ learned: [1, 0, 0, 0, 0], taught: [0, 0, 0, 1, 0] })
    expect(summary.partners).toEqual([{ partnerId: partner.id, taught: ['Retros'], learned: ['Miro'] }])
  })
})
