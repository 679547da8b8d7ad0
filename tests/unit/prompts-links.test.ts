import { describe, expect, it } from 'vitest'
import { createEvents, type FeatureContext } from '../../src/main/context'
import { openGoals } from '../../src/main/goals/service'
import { openPartners } from '../../src/main/partners/service'
import { openPrompts } from '../../src/main/prompts/service'
import { openReflections } from '../../src/main/reflections/service'
import { openSessions } from '../../src/main/sessions/service'
import { openSkills } from '../../src/main/skills/service'
import { Journal } from '../../src/main/store/journal'
import { GoalDraft } from '../../src/shared/domain/goal'
import { fixedClock, tempDir } from './helpers/temp'

async function open(dataDir: string) {
  const ctx: FeatureContext = {
    journal: await Journal.open(dataDir),
    clock: fixedClock(),
    events: createEvents(),
    ports: { openExternal: async () => {} },
    resourcesDir: 'resources',
    appVersion: 'test',
  }
  const partners = await openPartners(ctx)
  const sessions = await openSessions(ctx, { partners })
  const goals = await openGoals(ctx, { sessions })
  const skills = await openSkills(ctx, { partners, sessions, goals })
  const prompts = await openPrompts(ctx)
  const reflections = await openReflections(ctx, { prompts, sessions, goals, skills })
  return { ctx, goals, skills, prompts, reflections }
}

const goalDraft = (title: string) =>
  GoalDraft.parse({
    title,
    why: '',
    category: 'Digital fluency',
    direction: 'learning',
    outcome: '',
    measure: '',
    startDate: '2026-11-01',
    targetDate: null,
    milestones: [],
    progressMode: 'milestones',
    manualProgress: null,
    manualReason: '',
  })

const skillDraft = {
  name: 'Shared calendars',
  category: 'Collaboration and communication tools',
  direction: 'learned' as const,
  purpose: '',
  initialLevel: 2,
  partnerId: null,
  firstMet: null,
  evidence: '',
  sessionIds: [],
  goalIds: [],
}

const missing = '44444444-4444-4444-8444-444444444444'

describe('links from reflections to goals and skills', () => {
  it('refuse a goal or a skill that does not exist, at the field', async () => {
    const { reflections, goals } = await open(await tempDir())
    const goal = await goals.create(goalDraft('Post weekly'))
    const base = {
      date: '2026-11-27',
      promptId: null,
      answer: 'A thought.',
      confidence: null,
      sessionId: null,
      goalIds: [goal.id],
      skillIds: [],
      private: false,
    }
    await expect(reflections.create({ ...base, goalIds: [goal.id, missing] })).rejects.toMatchObject({
      code: 'invalid-input',
      field: 'goalIds.1',
      message: 'One of the linked goals no longer exists.',
    })
    const saved = await reflections.create(base)
    await expect(reflections.update({ ...base, id: saved.id, skillIds: [missing] })).rejects.toMatchObject({
      code: 'invalid-input',
      field: 'skillIds.0',
      message: 'One of the linked skills no longer exists.',
    })
    expect(reflections.get(saved.id).skillIds).toEqual([])
    expect(reflections.list()[0]).toMatchObject({ goalIds: [goal.id], skillIds: [] })
  })

  it('are dropped, and stay dropped, when the goal or skill is deleted', async () => {
    const dir = await tempDir()
    const { ctx, reflections, goals, skills } = await open(dir)
    const { id: goalA } = await goals.create(goalDraft('A'))
    const { id: goalB } = await goals.create(goalDraft('B'))
    const { id: skill } = await skills.create(skillDraft)
    const reflection = await reflections.create({
      date: '2026-11-27',
      promptId: 'rel-appreciation',
      answer: 'Thanks said out loud.',
      confidence: null,
      sessionId: null,
      goalIds: [goalA, goalB],
      skillIds: [skill],
      private: true,
    })
    await goals.remove(goalA)
    await skills.remove(skill)
    expect(reflections.get(reflection.id)).toMatchObject({ goalIds: [goalB], skillIds: [], private: true })
    await ctx.journal.settle()

    const again = await open(dir)
    expect(again.reflections.get(reflection.id)).toMatchObject({ goalIds: [goalB], skillIds: [] })
  })

  it('delete a reflection', async () => {
    const { reflections } = await open(await tempDir())
    const r = await reflections.create({
      date: '2026-11-27',
      promptId: null,
      answer: 'Free thought.',
      confidence: 2,
      sessionId: null,
      goalIds: [],
      skillIds: [],
      private: false,
    })
    await reflections.remove(r.id)
    expect(() => reflections.get(r.id)).toThrow('no longer exists')
  })
})
