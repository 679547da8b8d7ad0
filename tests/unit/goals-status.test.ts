import { describe, expect, it } from 'vitest'
import { canChangeStatus, changeStatus } from '../../src/main/goals/status'
import type { Goal } from '../../src/shared/domain/goal'
import { TandemError } from '../../src/shared/errors'

const goal: Goal = {
  id: '5b0c3f5e-4f7b-4d38-9d8a-2a2f5c3e1a01',
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
  statusHistory: [{ status: 'active', at: '2026-11-01T09:00:00.000Z', reflection: '' }],
  milestones: [],
  progressMode: 'milestones',
  manualProgress: null,
  manualReason: '',
  checkIns: [],
  sessionIds: [],
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
}

function errorOf(run: () => unknown): TandemError {
  try {
    run()
  } catch (error) {
    if (error instanceof TandemError) return error
    throw error
  }
  throw new Error('expected a TandemError')
}

describe('goal status transitions', () => {
  it('achieving records when and the closing reflection, and stamps the history', () => {
    const achieved = changeStatus(goal, 'achieved', '  The template did it.  ', '2026-11-20T10:00:00.000Z')
    expect(achieved.status).toBe('achieved')
    expect(achieved.closedAt).toBe('2026-11-20T10:00:00.000Z')
    expect(achieved.closingReflection).toBe('The template did it.')
    expect(achieved.statusHistory.at(-1)).toEqual({
      status: 'achieved',
      at: '2026-11-20T10:00:00.000Z',
      reflection: 'The template did it.',
    })
    expect(achieved.updatedAt).toBe('2026-11-20T10:00:00.000Z')
  })

  it('refuses to close without a reflection, at the reflection field', () => {
    const error = errorOf(() => changeStatus(goal, 'dropped', '   ', '2026-11-20T10:00:00.000Z'))
    expect(error.code).toBe('invalid-input')
    expect(error.field).toBe('reflection')
    expect(error.message).toMatch(/closing reflection/)
  })

  it('pauses and resumes without a reflection; reopening clears the closing fields', () => {
    const paused = changeStatus(goal, 'paused', '', '2026-11-02T10:00:00.000Z')
    expect(paused.status).toBe('paused')
    expect(paused.closedAt).toBeNull()
    const dropped = changeStatus(paused, 'dropped', 'No time this quarter.', '2026-11-03T10:00:00.000Z')
    const reopened = changeStatus(dropped, 'active', '', '2026-11-04T10:00:00.000Z')
    expect(reopened.closedAt).toBeNull()
    expect(reopened.closingReflection).toBe('')
    expect(reopened.statusHistory.map((s) => s.status)).toEqual(['active', 'paused', 'dropped', 'active'])
  })

  it('refuses moves that make no sense', () => {
    expect(canChangeStatus('achieved', 'paused')).toBe(false)
    expect(canChangeStatus('active', 'active')).toBe(false)
    const error = errorOf(() => changeStatus(goal, 'active', '', '2026-11-02T10:00:00.000Z'))
    expect(error.code).toBe('conflict')
    expect(error.message).toBe('This goal is already active.')
    const closed = changeStatus(goal, 'achieved', 'Done.', '2026-11-02T10:00:00.000Z')
    expect(errorOf(() => changeStatus(closed, 'paused', '', '2026-11-03T10:00:00.000Z')).message).toMatch(
      /Reopen it first/,
    )
  })
})
