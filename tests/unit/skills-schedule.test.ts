import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/calendar'
import type { ReviewRating, ReviewState } from '../../src/shared/domain/skill'
import {
  EASE_MAX,
  EASE_MIN,
  isDue,
  MAX_INTERVAL_DAYS,
  newReviewState,
  review,
} from '../../src/shared/review-schedule'

const day = '2026-03-10'
const afterRatings = (ratings: ReviewRating[], start = day): ReviewState => {
  let state = newReviewState(start)
  let today = start
  for (const rating of ratings) {
    state = review(state, rating, today)
    today = state.nextReview
  }
  return state
}

describe('the review schedule', () => {
  it('makes a new skill due the day it is added', () => {
    const state = newReviewState(day)
    expect(isDue(state, day)).toBe(true)
    expect(isDue(state, '2026-03-09')).toBe(false)
  })

  it('gives each rating of a first review its own interval', () => {
    expect(review(newReviewState(day), 'again', day)).toMatchObject({
      intervalDays: 1,
      nextReview: '2026-03-11',
      lapses: 1,
    })
    expect(review(newReviewState(day), 'hard', day)).toMatchObject({
      intervalDays: 1,
      nextReview: '2026-03-11',
      lapses: 0,
    })
    expect(review(newReviewState(day), 'good', day)).toMatchObject({
      intervalDays: 1,
      nextReview: '2026-03-11',
    })
    expect(review(newReviewState(day), 'easy', day)).toMatchObject({
      intervalDays: 4,
      nextReview: '2026-03-14',
    })
  })

  it('grows the interval with confidence: easy > good > hard, each longer than before', () => {
    const base = afterRatings(['good', 'good']) // 1 day, then 3 days
    expect(base.intervalDays).toBe(3)
    const today = base.nextReview
    const hard = review(base, 'hard', today)
    const good = review(base, 'good', today)
    const easy = review(base, 'easy', today)
    expect(hard.intervalDays).toBe(4)
    expect(good.intervalDays).toBe(8) // 3 x 2.5 rounded
    expect(easy.intervalDays).toBe(10) // 3 x 2.5 x 1.3 rounded
    expect(hard.ease).toBe(2.35)
    expect(good.ease).toBe(2.5)
    expect(easy.ease).toBe(2.65)
  })

  it('sends a lapsed skill back to one day, counts the lapse and lowers the ease', () => {
    const strong = afterRatings(['good', 'good', 'good', 'good'])
    expect(strong.intervalDays).toBeGreaterThan(10)
    const lapsed = review(strong, 'again', strong.nextReview)
    expect(lapsed.intervalDays).toBe(1)
    expect(lapsed.nextReview).toBe(addDays(strong.nextReview, 1))
    expect(lapsed.lapses).toBe(1)
    expect(lapsed.ease).toBe(2.3)
    expect(review(lapsed, 'good', lapsed.nextReview).intervalDays).toBe(3)
  })

  it('keeps the ease within its bounds and the interval under a year', () => {
    expect(afterRatings(Array(20).fill('again')).ease).toBe(EASE_MIN)
    expect(afterRatings(Array(20).fill('hard')).ease).toBe(EASE_MIN)
    const easy = afterRatings(Array(20).fill('easy'))
    expect(easy.ease).toBe(EASE_MAX)
    expect(easy.intervalDays).toBe(MAX_INTERVAL_DAYS)
  })

  it('never makes a skill due twice on one day', () => {
    for (const rating of ['again', 'hard', 'good', 'easy'] as const) {
      for (const state of [
        newReviewState(day),
        afterRatings(['good', 'again']),
        afterRatings(['easy', 'easy']),
      ]) {
        const today = state.nextReview
        const next = review(state, rating, today)
        expect(next.nextReview > today).toBe(true)
        expect(isDue(next, today)).toBe(false)
      }
    }
    // Even a skill overdue from long ago leaves the queue once reviewed today.
    const overdue = { ...newReviewState('2025-01-01'), nextReview: '2025-01-01' }
    expect(isDue({ ...overdue, lastReviewed: day }, day)).toBe(false)
  })

  it('is deterministic for a given local date, across month and year ends', () => {
    const ratings: ReviewRating[] = ['good', 'hard', 'easy', 'again', 'good']
    expect(afterRatings(ratings, '2026-12-30')).toEqual(afterRatings(ratings, '2026-12-30'))
    expect(review(newReviewState('2026-12-31'), 'easy', '2026-12-31').nextReview).toBe('2027-01-04')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30') // across a daylight-saving change in Europe
  })
})
