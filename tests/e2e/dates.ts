import { addDays, localToday } from '../../src/shared/domain/common'

/** The local YYYY-MM-DD `days` from today (before it when negative), as the app's date pickers want it. */
export function inDays(days: number): string {
  return addDays(localToday(), days)
}
