import { describe, expect, it } from 'vitest'
import { createTandem, type Tandem } from '../../src/main/app'
import {
  createEvents,
  type JournalEventMap,
  type JournalEventName,
  type JournalEvents,
  journalEventNames,
} from '../../src/main/context'
import type { ChannelName } from '../../src/shared/contract'
import { callsTo } from './helpers/call'
import { fixedClock, tempDir } from './helpers/temp'

/** Where each event's record is read back, to prove it is gone before anyone hears of it. */
const readBack = {
  'session:deleted': 'sessions:get',
  'goal:deleted': 'goals:get',
  'skill:deleted': 'skills:get',
} as const satisfies Record<JournalEventName, ChannelName>

interface Recorded {
  event: JournalEventName
  payload: JournalEventMap[JournalEventName]
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
        const answer = tandem ? await tandem.router.handle(readBack[event], { id: payload.id }) : null
        emitted.push({ event, payload, readBack: answer && !answer.ok ? answer.error.code : 'still there' })
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
    expect(new Set(emitted.map((e) => e.event))).toEqual(new Set(journalEventNames))
    await tandem.close()
  })
})
