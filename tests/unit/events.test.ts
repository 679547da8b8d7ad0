import { describe, expect, it } from 'vitest'
import { createTandem, type Tandem } from '../../src/main/app'
import {
  createEvents,
  type JournalEventMap,
  type JournalEventName,
  type JournalEvents,
  journalEventNames,
} from '../../src/main/context'
import type { Router } from '../../src/main/router'
import type { ChannelName } from '../../src/shared/contract'
import { call, callsTo } from './helpers/call'
import { fixedClock, tempDir } from './helpers/temp'

/** Reads an event's record back: gone before anyone hears of its delete, there before anyone hears of its return. */
const readBack: Record<JournalEventName, (router: Router, id: string) => Promise<string>> = {
  'session:deleted': (router, id) => answer(router, 'sessions:get', id),
  'goal:deleted': (router, id) => answer(router, 'goals:get', id),
  'skill:deleted': (router, id) => answer(router, 'skills:get', id),
  'partner:deleted': (router, id) => partnerThere(router, id),
  'session:restored': (router, id) => answer(router, 'sessions:get', id),
  'goal:restored': (router, id) => answer(router, 'goals:get', id),
  'skill:restored': (router, id) => answer(router, 'skills:get', id),
  'partner:restored': (router, id) => partnerThere(router, id),
}

async function answer(router: Router, channel: ChannelName, id: string): Promise<string> {
  const result = await router.handle(channel, { id })
  return result.ok ? 'still there' : result.error.code
}

async function partnerThere(router: Router, id: string): Promise<string> {
  const partners = await call(router, 'partners:list')
  return partners.some((p) => p.id === id) ? 'still there' : 'not-found'
}

interface Recorded {
  event: JournalEventName
  payload: JournalEventMap[JournalEventName] | { id: string }
  /** The error code reading the record back answered when the event went out. */
  readBack: string
}

/** The composed app, with an event bus that notes who listens and what is emitted. */
async function recordingApp() {
  const listened: JournalEventName[] = []
  const emitted: Recorded[] = []
  let tandem: Tandem | undefined
  const events = (): JournalEvents => {
    const bus = createEvents()
    return {
      on(event, listener) {
        listened.push(event)
        bus.on(event, listener)
      },
      async emit(event, payload) {
        const read = tandem ? await readBack[event](tandem.router, payload.id) : 'still there'
        emitted.push({ event, payload, readBack: read })
        await bus.emit(event, payload)
      },
    }
  }
  tandem = await createTandem({
    dataDir: await tempDir(),
    resourcesDir: 'resources',
    ports: { openExternal: async () => undefined },
    clock: fixedClock(),
    log: () => undefined,
    events,
  })
  return { tandem, listened, emitted, ...callsTo(tandem.router) }
}

const session = {
  date: '2026-11-20',
  partnerId: null,
  title: 'Shortcuts',
  topics: [],
  notes: '',
  learned: '',
  shared: '',
  actionItems: [],
  durationMinutes: null,
  private: false,
}

const goal = {
  title: 'Chair a hybrid meeting',
  why: '',
  category: 'Digital fluency',
  direction: 'learning' as const,
  outcome: '',
  measure: '',
  startDate: '2026-11-01',
  targetDate: null,
  milestones: [],
  progressMode: 'milestones' as const,
  manualProgress: null,
  manualReason: '',
}

const skill = (name: string, sessionId: string, goalId: string) => ({
  name,
  category: 'Collaboration and communication tools',
  direction: 'learned' as const,
  purpose: '',
  initialLevel: 1,
  partnerId: null,
  firstMet: null,
  evidence: '',
  sessionIds: [sessionId],
  goalIds: [goalId],
})

describe('journal events', () => {
  it('are each heard by a feature of the composed app', async () => {
    const { tandem, listened } = await recordingApp()
    expect(new Set(listened)).toEqual(new Set(journalEventNames))
    await tandem.close()
  })

  it('are each emitted by the feature that owns the record, after it is gone, and run the cascade', async () => {
    const { tandem, emitted, call } = await recordingApp()
    const s = await call('sessions:create', session)
    const g = await call('goals:create', goal)
    await call('goals:link-session', { goalId: g.id, sessionId: s.id })
    const dropped = await call('skills:create', skill('Breakout rooms', s.id, g.id))
    const kept = await call('skills:create', skill('Shared whiteboards', s.id, g.id))
    const r = await call('reflections:create', {
      date: '2026-11-20',
      promptId: null,
      answer: 'It went well.',
      confidence: null,
      sessionId: s.id,
      goalIds: [g.id],
      skillIds: [dropped.id, kept.id],
      private: false,
    })

    await call('skills:delete', { id: dropped.id })
    expect((await call('reflections:get', { id: r.id })).skillIds).toEqual([kept.id])

    await call('goals:delete', { id: g.id })
    expect((await call('skills:get', { id: kept.id })).skill.goalIds).toEqual([])
    expect((await call('reflections:get', { id: r.id })).goalIds).toEqual([])

    await call('sessions:delete', { id: s.id })
    expect((await call('skills:get', { id: kept.id })).skill.sessionIds).toEqual([])
    expect((await call('reflections:get', { id: r.id })).sessionId).toBeNull()

    // Deleting a reflection or a practice entry is no event: nobody needs to hear it.
    await call('reflections:delete', { id: r.id })

    expect(emitted).toEqual([
      { event: 'skill:deleted', payload: { id: dropped.id }, readBack: 'not-found' },
      { event: 'goal:deleted', payload: { id: g.id }, readBack: 'not-found' },
      { event: 'session:deleted', payload: { id: s.id }, readBack: 'not-found' },
    ])

    // A partner's delete, and every restore from the trash, is heard too: once the record is back.
    const partner = await call('partners:create', { name: 'Ada', direction: 'both-ways' })
    await call('partners:delete', { id: partner.id })
    emitted.length = 0
    for (const id of [s.id, g.id, dropped.id, partner.id]) await call('trash:restore', { id })
    expect(emitted.map((e) => [e.event, e.payload.id, e.readBack])).toEqual([
      ['session:restored', s.id, 'still there'],
      ['goal:restored', g.id, 'still there'],
      ['skill:restored', dropped.id, 'still there'],
      ['partner:restored', partner.id, 'still there'],
    ])
    // The reflection was in the trash when its session came back: its link waited, and returns with it.
    await call('trash:restore', { id: r.id })
    expect(await call('reflections:get', { id: r.id })).toMatchObject({
      sessionId: s.id,
      goalIds: [g.id],
      // A link that comes back goes to the end of its list.
      skillIds: [kept.id, dropped.id],
    })
    const everyEvent = [
      'skill:deleted',
      'goal:deleted',
      'session:deleted',
      'partner:deleted',
      ...emitted.map((e) => e.event),
    ]
    expect(new Set(everyEvent)).toEqual(new Set(journalEventNames))
    await tandem.close()
  })
})
