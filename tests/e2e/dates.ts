import type { Page } from '@playwright/test'
import { addDays, localToday } from '../../src/shared/domain/common'

/** The local YYYY-MM-DD `days` from today (before it when negative), as the app's date pickers want it. */
export function inDays(days: number): string {
  return addDays(localToday(), days)
}

/** A local date as the app shows it in short form ("3 Mar 2026"), in the page's own locale. */
export function shownShortDate(page: Page, date: string): Promise<string> {
  return page.evaluate(
    (day) =>
      new Date(`${day}T12:00:00`).toLocaleDateString(undefined, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }),
    date,
  )
}
