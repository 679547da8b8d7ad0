import { describe, expect, it } from 'vitest'
import { createEvents, type FeatureContext } from '../../src/main/context'
import { openPartners } from '../../src/main/partners/partners'
import { openReflect } from '../../src/main/prompts/handlers'
import { openSessions } from '../../src/main/sessions/sessions'
import { Journal } from '../../src/main/store/journal'
import { fixedClock, tempDir } from './helpers/temp'

async function open(dataDir: string) {
  const ctx: FeatureContext = {
    journal: await Journal.open(dataDir),
    clock: fixedClock(),
    events: createEvents(),
    ports: { openExternal: async () => {} },
    resourcesDir: 'resources',
  }
  const partners = await openPartners(ctx)
  const sessions = await openSessions(ctx, partners)
  const reflect = await openReflect(ctx, { partners, sessions })
  return { ctx, ...reflect }
}

const goalA = '11111111-1111-4111-8111-111111111111'
const goalB = '22222222-2222-4222-8222-222222222222'
const skill = '33333333-3333-4333-8333-333333333333'

describe('links from reflections to goals and skills', () => {
  it('are dropped, and stay dropped, when the goal or skill is deleted', async () => {
    const dir = await tempDir()
    const { ctx, reflections } = await open(dir)
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
    await ctx.events.deleted('goal', goalA)
    await ctx.events.deleted('skill', skill)
    expect(reflections.get(reflection.id)).toMatchObject({ goalIds: [goalB], skillIds: [], private: true })
    await ctx.journal.settle()

    const again = await open(dir)
    expect(again.reflections.get(reflection.id)).toMatchObject({ goalIds: [goalB], skillIds: [] })
  })

  it('tell other features when a reflection is deleted', async () => {
    const { ctx, reflections } = await open(await tempDir())
    const heard: string[] = []
    ctx.events.onDeleted('reflection', (id) => {
      heard.push(id)
    })
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
    expect(heard).toEqual([r.id])
    expect(() => reflections.get(r.id)).toThrow('no longer exists')
  })
})
