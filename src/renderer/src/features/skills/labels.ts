import { levelLabels, type SkillView, type Trend } from '../../../../shared/domain/skill'

export const levels = [1, 2, 3, 4, 5] as const

export function levelText(level: number): string {
  return `${level} · ${levelLabels[level] ?? ''}`
}

export const trendGlyph: Record<Trend, string> = { up: '↑', down: '↓', steady: '→' }
export const trendWords: Record<Trend, string> = { up: 'rising', down: 'falling', steady: 'steady' }

/** The last day the skill was used: its last practice, else when it was first met or added. */
export function lastTouched(skill: SkillView): string {
  return skill.lastPractice ?? skill.firstMet ?? skill.createdAt.slice(0, 10)
}
