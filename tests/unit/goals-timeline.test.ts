import { describe, expect, it } from 'vitest'
import type { Goal } from '../../src/shared/domain/goal'
import { buildTimeline } from '../../src/shared/domain/goal-timeline'

const id = (n: number) => `5b0c3f5e-4f7b-4d38-9d8a-2a2f5c3e1a${String(n).padStart(2, '0')}`

const goal: Goal = {
  id: id(1),
  title: 'Run a retro in Miro',
  why: '',
  category: 'Digital fluency',
  direction: 'learning',
  outcome: '',
  measure: '',
  startDate: '2026-11-01',
  targetDate: null,
  status: 'active',
  closedAt: null,
  closingReflection: '',
  statusHistory: [
    { status: 'active', at: '2026-11-01T09:00:00.000Z', reflection: '' },
    { status: 'paused', at: '2026-11-10T09:00:00.000Z', reflection: '' },
  ],
  milestones: [
    {
      id: id(2),
      text: 'Learn dot voting',
      due: null,
      done: true,
      doneAt: '2026-11-05T09:00:00.000Z',
      fromActionItem: null,
    },
    {
      id: id(3),
      text: 'Build a template',
      due: '2026-11-20',
      done: false,
      doneAt: null,
      fromActionItem: null,
    },
  ],
  progressMode: 'milestones',
  manualProgress: null,
  manualReason: '',
  checkIns: [
    {
      id: id(4),
      date: '2026-11-07',
      note: 'Voting works.',
      progress: 50,
      createdAt: '2026-11-07T18:00:00.000Z',
    },
  ],
  sessionIds: [],
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-10T09:00:00.000Z',
}

describe('the goal timeline', () => {
  it('tells the story newest first: status changes, ticked milestones, check-ins', () => {
    expect(buildTimeline(goal).map((e) => [e.kind, e.text])).toEqual([
      ['status', 'Paused'],
      ['check-in', 'Check-in at 50%: Voting works.'],
      ['milestone', 'Milestone done: Learn dot voting'],
      ['status', 'Goal set'],
    ])
  })

  it('starts on the goal’s start date when the goal was written down later (issue 11, defect 9)', () => {
    const late: Goal = {
      ...goal,
      startDate: '2026-09-03',
      statusHistory: [{ status: 'active', at: '2026-12-01T09:00:00.000Z', reflection: '' }],
      milestones: [],
      checkIns: [{ ...goal.checkIns[0], date: '2026-09-20' } as Goal['checkIns'][number]],
    }
    const timeline = buildTimeline(late)
    expect(timeline.map((e) => [e.day, e.text])).toEqual([
      ['2026-09-20', 'Check-in at 50%: Voting works.'],
      ['2026-09-03', 'Goal set'],
    ])
  })
})
