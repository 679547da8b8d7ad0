/**
 * The review schedule: a small spaced-repetition scheme in the spirit of SM-2.
 *
 * Every skill carries an interval (days until its next review), an ease factor and a lapse count.
 * A new skill is due on the day it is added, so its first recall happens while it is fresh.
 * When the user reviews a skill on local date `today` and rates their confidence:
 *
 *   again  a lapse: lapses + 1, ease - 0.20, the interval falls back to 1 day.
 *   hard   interval x 1.2 (at least 1 day), ease - 0.15.
 *   good   interval x ease; a first review (interval 0) gives 1 day, the second at least 3 days.
 *   easy   interval x ease x 1.3; a first review gives 4 days; ease + 0.15.
 *
 * Growing ratings (hard, good, easy) always add at least one day to the previous interval, the ease
 * stays between 1.3 and 3.0, and no interval exceeds 365 days. The next review is `today + interval`
 * with interval >= 1, and a skill already reviewed today cannot be reviewed again until tomorrow,
 * so a skill is never due twice on one day. Everything here is pure: the same state, rating and
 * date always give the same result (intervals are rounded, ease is kept to two decimals).
 */
import { addDays } from './calendar'
import type { ReviewRating, ReviewState } from './domain/skill'

/** The schedule's date arithmetic, from the shared calendar helpers. */
export { addDays }

export const EASE_START = 2.5
export const EASE_MIN = 1.3
export const EASE_MAX = 3.0
export const MAX_INTERVAL_DAYS = 365

/** The review state of a skill added on `today`: due at once. */
export function newReviewState(today: string): ReviewState {
  return { nextReview: today, intervalDays: 0, ease: EASE_START, lapses: 0, reviews: 0, lastReviewed: null }
}

export function isDue(state: ReviewState, today: string): boolean {
  return state.nextReview <= today && state.lastReviewed !== today
}

function clampEase(ease: number): number {
  return Math.round(Math.min(EASE_MAX, Math.max(EASE_MIN, ease)) * 100) / 100
}

function growTo(previous: number, proposed: number): number {
  return Math.min(MAX_INTERVAL_DAYS, Math.max(previous + 1, Math.round(proposed)))
}

/** The interval and ease after one rating, before dates come in. */
export function nextInterval(
  state: Pick<ReviewState, 'intervalDays' | 'ease'>,
  rating: ReviewRating,
): { intervalDays: number; ease: number } {
  const { intervalDays: prev, ease } = state
  switch (rating) {
    case 'again':
      return { intervalDays: 1, ease: clampEase(ease - 0.2) }
    case 'hard':
      return { intervalDays: prev === 0 ? 1 : growTo(prev, prev * 1.2), ease: clampEase(ease - 0.15) }
    case 'good':
      if (prev === 0) return { intervalDays: 1, ease }
      return { intervalDays: growTo(prev, Math.max(3, prev * ease)), ease }
    case 'easy':
      if (prev === 0) return { intervalDays: 4, ease: clampEase(ease + 0.15) }
      return { intervalDays: growTo(prev, prev * ease * 1.3), ease: clampEase(ease + 0.15) }
  }
}

/** The state after the user rates a skill on local date `today`. */
export function review(state: ReviewState, rating: ReviewRating, today: string): ReviewState {
  const { intervalDays, ease } = nextInterval(state, rating)
  return {
    nextReview: addDays(today, intervalDays),
    intervalDays,
    ease,
    lapses: state.lapses + (rating === 'again' ? 1 : 0),
    reviews: state.reviews + 1,
    lastReviewed: today,
  }
}
