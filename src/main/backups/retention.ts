/**
 * Which automatic backups to keep: the newest `keepDaily` days, and the newest backup of each of the
 * `keepWeekly` most recent ISO weeks that have one (weeks without a backup, when the journal was not
 * used, do not use up a place). Everything else is removed. Dates are local days, YYYY-MM-DD.
 */
export function backupsToKeep(days: string[], keepDaily: number, keepWeekly: number): Set<string> {
  const newestFirst = [...new Set(days)].sort().reverse()
  const keep = new Set(newestFirst.slice(0, keepDaily))
  const weeks = new Set<string>()
  for (const day of newestFirst) {
    if (weeks.size >= keepWeekly) break
    const week = isoWeekOf(day)
    if (weeks.has(week)) continue
    weeks.add(week)
    keep.add(day)
  }
  return keep
}

/** The ISO 8601 week of a date, as "2026-W48": weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeekOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
  const weekday = date.getUTCDay() || 7
  // The Thursday of the same week decides the week's year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday)
  const year = date.getUTCFullYear()
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7)
  return `${year}-W${String(week).padStart(2, '0')}`
}
