import type { Reflection, ReflectionDraft } from '../../../../shared/domain/reflection'

/** The reflection as the editor holds it. */
export interface ReflectionEditorDraft {
  date: string
  promptId: string | null
  answer: string
  confidence: number | null
  sessionId: string | null
  goalIds: string[]
  skillIds: string[]
  private: boolean
}

export function blankReflection(
  date: string,
  promptId: string | null,
  sessionId: string | null,
): ReflectionEditorDraft {
  return {
    date,
    promptId,
    answer: '',
    confidence: null,
    sessionId,
    goalIds: [],
    skillIds: [],
    private: false,
  }
}

export function draftOfReflection(reflection: Reflection): ReflectionEditorDraft {
  return {
    date: reflection.date,
    promptId: reflection.prompt?.id ?? null,
    answer: reflection.answer,
    confidence: reflection.confidence,
    sessionId: reflection.sessionId,
    goalIds: reflection.goalIds,
    skillIds: reflection.skillIds,
    private: reflection.private,
  }
}

export function toReflectionDraft(draft: ReflectionEditorDraft): ReflectionDraft {
  return { ...draft }
}
