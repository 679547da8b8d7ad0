import type { Skill, SkillUpdate } from '../../../../shared/domain/skill'

/** What the skill editor holds while the user types; `firstMet` '' means not set. */
export interface SkillEditorDraft {
  name: string
  category: string
  direction: Skill['direction']
  purpose: string
  initialLevel: number
  partnerId: string | null
  firstMet: string
  evidence: string
  sessionIds: string[]
  goalIds: string[]
  /** Keep out of exports. */
  private: boolean
}

export function draftOf(skill: Skill): SkillEditorDraft {
  return {
    name: skill.name,
    category: skill.category,
    direction: skill.direction,
    purpose: skill.purpose,
    initialLevel: skill.initialLevel,
    partnerId: skill.partnerId,
    firstMet: skill.firstMet ?? '',
    evidence: skill.evidence,
    sessionIds: skill.sessionIds,
    goalIds: skill.goalIds,
    private: skill.private ?? false,
  }
}

export function toUpdate(id: string, draft: SkillEditorDraft): SkillUpdate {
  return { id, ...draft, firstMet: draft.firstMet === '' ? null : draft.firstMet }
}
