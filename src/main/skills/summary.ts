import type { SkillsSummary, SkillView } from '../../shared/domain/skill'

/** The two-way ledger: skills per month (by when first met), levels now, and per partner. */
export function summarize(skills: SkillView[]): SkillsSummary {
  const months = new Map<string, { month: string; learned: number; taught: number }>()
  const levels: SkillsSummary['levels'] = { learned: [0, 0, 0, 0, 0], taught: [0, 0, 0, 0, 0] }
  const partners = new Map<string, { partnerId: string; taught: string[]; learned: string[] }>()
  for (const skill of skills) {
    const month = (skill.firstMet ?? skill.createdAt).slice(0, 7)
    const row = months.get(month) ?? { month, learned: 0, taught: 0 }
    row[skill.direction] += 1
    months.set(month, row)
    const counts = levels[skill.direction]
    counts[skill.level - 1] = (counts[skill.level - 1] ?? 0) + 1
    if (skill.partnerId !== null) {
      const person = partners.get(skill.partnerId) ?? { partnerId: skill.partnerId, taught: [], learned: [] }
      person[skill.direction].push(skill.name)
      partners.set(skill.partnerId, person)
    }
  }
  return {
    months: Array.from(months.values()).sort((a, b) => a.month.localeCompare(b.month)),
    levels,
    partners: Array.from(partners.values()),
  }
}
