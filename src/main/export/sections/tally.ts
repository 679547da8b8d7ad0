import type { DateWords } from '../period'

/** The `n` topics of the most sessions, with their counts; a tie goes to the alphabet. */
export function topTopics(
  entries: Array<{ topics: string[] }>,
  n: number,
): Array<{ topic: string; count: number }> {
  const counts = new Map<string, number>()
  for (const entry of entries)
    for (const topic of new Set(entry.topics)) counts.set(topic, (counts.get(topic) ?? 0) + 1)
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([topic, count]) => ({ topic, count }))
}

/** "1.5 hours", with the number written in the report's locale. */
export function hours(minutes: number, dates: DateWords): string {
  const h = minutes / 60
  return `${dates.number(h, 1)} ${h === 1 ? 'hour' : 'hours'}`
}
