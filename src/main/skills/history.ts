import type { LevelPoint, PracticeEntry, Skill, SkillView, Trend } from '../../shared/domain/skill'

/** Practice entries in the order they happened: by date, then by when they were written. */
export function compareOldestFirst(a: PracticeEntry, b: PracticeEntry): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0
}

/**
 * The level history that follows from the practice log: the initial level on the day the skill was
 * first met (or added), then the level after each practice entry, oldest first.
 */
export function levelHistory(skill: Skill, entries: PracticeEntry[]): LevelPoint[] {
  const start = skill.firstMet ?? skill.createdAt.slice(0, 10)
  const ordered = [...entries].sort(compareOldestFirst)
  const first = ordered[0]
  const startDate = first && first.date < start ? first.date : start
  return [
    { date: startDate, level: skill.initialLevel },
    ...ordered.map((e) => ({ date: e.date, level: e.levelAfter })),
  ]
}

/** Up or down against the level before the last change in the history; steady otherwise. */
export function trendOf(history: LevelPoint[]): Trend {
  const last = history[history.length - 1]
  if (!last) return 'steady'
  for (let i = history.length - 2; i >= 0; i--) {
    const earlier = history[i]
    if (earlier && earlier.level !== last.level) return last.level > earlier.level ? 'up' : 'down'
  }
  return 'steady'
}

export function viewOf(skill: Skill, entries: PracticeEntry[]): SkillView {
  const history = levelHistory(skill, entries)
  const last = history[history.length - 1]
  const lastPractice = entries.reduce<string | null>(
    (latest, e) => (latest === null || e.date > latest ? e.date : latest),
    null,
  )
  return {
    ...skill,
    level: last?.level ?? skill.initialLevel,
    trend: trendOf(history),
    lastPractice,
    practiceCount: entries.length,
  }
}
