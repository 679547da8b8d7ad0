import type {
  Goal,
  GoalDirection,
  GoalUpdate,
  MilestoneInput,
  ProgressMode,
} from '../../../../shared/domain/goal'
import { type ChecklistItem, sentLines } from '../../ui/checklist'

/** A milestone as the editor holds it. */
export type EditorMilestone = ChecklistItem

/** The fields of a goal the detail screen autosaves. Status, check-ins and links have their own actions. */
export interface GoalEditorDraft {
  title: string
  why: string
  category: string
  direction: GoalDirection
  outcome: string
  measure: string
  startDate: string
  targetDate: string
  milestones: EditorMilestone[]
  progressMode: ProgressMode
  manualProgressText: string
  manualReason: string
  /** Keep out of exports. */
  private: boolean
}

export function draftOf(goal: Goal): GoalEditorDraft {
  return {
    title: goal.title,
    why: goal.why,
    category: goal.category,
    direction: goal.direction,
    outcome: goal.outcome,
    measure: goal.measure,
    startDate: goal.startDate,
    targetDate: goal.targetDate ?? '',
    milestones: goal.milestones.map((m) => ({ key: m.id, text: m.text, due: m.due, done: m.done })),
    progressMode: goal.progressMode,
    manualProgressText: goal.manualProgress === null ? '' : String(goal.manualProgress),
    manualReason: goal.manualReason,
    private: goal.private ?? false,
  }
}

export function sentMilestones(draft: GoalEditorDraft): EditorMilestone[] {
  return sentLines(draft.milestones)
}

export function toGoalUpdate(
  id: string,
  draft: GoalEditorDraft,
  storedIds: ReadonlyMap<string, string>,
): GoalUpdate {
  const manual = draft.manualProgressText.trim()
  return {
    id,
    title: draft.title,
    why: draft.why,
    category: draft.category,
    direction: draft.direction,
    outcome: draft.outcome,
    measure: draft.measure,
    startDate: draft.startDate,
    targetDate: draft.targetDate === '' ? null : draft.targetDate,
    milestones: sentMilestones(draft).map(
      (m): MilestoneInput => ({ id: storedIds.get(m.key), text: m.text, due: m.due, done: m.done }),
    ),
    progressMode: draft.progressMode,
    manualProgress: draft.progressMode === 'manual' && manual !== '' ? Number(manual) : null,
    manualReason: draft.manualReason,
    private: draft.private,
  }
}

/** Moves the item at `index` one place up (-1) or down (+1); out-of-range moves change nothing. */
export function moveItem<T>(items: T[], index: number, by: -1 | 1): T[] {
  const to = index + by
  const item = items[index]
  const other = items[to]
  if (item === undefined || other === undefined) return items
  const next = [...items]
  next[index] = other
  next[to] = item
  return next
}
