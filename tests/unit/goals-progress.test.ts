import { describe, expect, it } from 'vitest'
import { daysBetween } from '../../src/shared/calendar'
import {
  compareGoals,
  computeProgress,
  dueStateOf,
  goalDueState,
  nextMilestone,
} from '../../src/shared/domain/goal-progress'

const m = (done: boolean) => ({ done })

describe('goal progress', () => {
  it('is the share of milestones done, rounded', () => {
    expect(
      computeProgress({
        milestones: [m(true), m(false), m(false)],
        progressMode: 'milestones',
        manualProgress: null,
      }),
    ).toEqual({
      value: 33,
      source: 'milestones',
    })
    expect(
      computeProgress({ milestones: [m(true), m(true)], progressMode: 'milestones', manualProgress: null })
        .value,
    ).toBe(100)
  })

  it('is zero and says so when there are no milestones', () => {
    expect(computeProgress({ milestones: [], progressMode: 'milestones', manualProgress: null })).toEqual({
      value: 0,
      source: 'none',
    })
  })

  it('takes the number set by hand over the milestones', () => {
    expect(computeProgress({ milestones: [m(false)], progressMode: 'manual', manualProgress: 70 })).toEqual({
      value: 70,
      source: 'manual',
    })
  })

  it('falls back to milestones when manual mode has no number yet', () => {
    expect(
      computeProgress({ milestones: [m(true), m(false)], progressMode: 'manual', manualProgress: null }),
    ).toEqual({
      value: 50,
      source: 'milestones',
    })
  })

  it('names the next milestone in the user order', () => {
    const goal = {
      milestones: [
        { done: true, text: 'a' },
        { done: false, text: 'b' },
        { done: false, text: 'c' },
      ],
    }
    expect(nextMilestone(goal)?.text).toBe('b')
    expect(nextMilestone({ milestones: [{ done: true, text: 'a' }] })).toBeUndefined()
  })
})

describe('due dates', () => {
  it('counts calendar days across months and years', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3)
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2)
  })

  it('marks overdue after the date, due soon within 14 days, nothing beyond', () => {
    expect(dueStateOf('2026-11-26', '2026-11-27')).toBe('overdue')
    expect(dueStateOf('2026-11-27', '2026-11-27')).toBe('due-soon')
    expect(dueStateOf('2026-12-11', '2026-11-27')).toBe('due-soon')
    expect(dueStateOf('2026-12-12', '2026-11-27')).toBeNull()
    expect(dueStateOf(null, '2026-11-27')).toBeNull()
  })

  it('never marks a closed goal as late', () => {
    expect(goalDueState({ status: 'achieved', targetDate: '2020-01-01' }, '2026-11-27')).toBeNull()
    expect(goalDueState({ status: 'paused', targetDate: '2020-01-01' }, '2026-11-27')).toBe('overdue')
  })

  it('sorts active goals first, then by nearest target date', () => {
    const goals = [
      { title: 'done', status: 'achieved' as const, targetDate: '2026-01-01' },
      { title: 'later', status: 'active' as const, targetDate: '2027-01-01' },
      { title: 'paused', status: 'paused' as const, targetDate: '2026-01-01' },
      { title: 'sooner', status: 'active' as const, targetDate: '2026-12-01' },
      { title: 'no date', status: 'active' as const, targetDate: null },
    ]
    expect([...goals].sort(compareGoals).map((g) => g.title)).toEqual([
      'sooner',
      'later',
      'no date',
      'paused',
      'done',
    ])
  })
})
