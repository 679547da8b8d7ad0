import { lastMonthDayOnOrBefore, lastWeekdayOnOrBefore } from '../../shared/calendar'
import type { ReviewDue, ReviewSettings } from '../../shared/domain/prompt'

/** A due review before its prompt is picked. */
export type ReviewDueDate = Omit<ReviewDue, 'prompt'>

/**
 * Which reviews are due on `today`: a review is due from its scheduled day until a reflection on a
 * review prompt of that kind is written on or after that day. Scheduled days up to `remindersSince`
 * (the day the user started) never nag: there is nothing to review yet.
 */
export function reviewsDue(
  today: string,
  settings: ReviewSettings,
  remindersSince: string,
  reviewDates: { weekly: string[]; monthly: string[] },
): ReviewDueDate[] {
  const due: ReviewDueDate[] = []
  const check = (kind: ReviewDue['kind'], since: string) => {
    if (since <= remindersSince) return
    if (reviewDates[kind].some((date) => date >= since)) return
    due.push({ kind, since })
  }
  if (settings.weekly.enabled) check('weekly', lastWeekdayOnOrBefore(today, settings.weekly.weekday))
  if (settings.monthly.enabled) check('monthly', lastMonthDayOnOrBefore(today, settings.monthly.day))
  return due
}
