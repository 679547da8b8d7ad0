import { randomUUID } from 'node:crypto'
import type { Milestone, MilestoneInput } from '../../shared/domain/goal'

/**
 * Merges the editor's milestones with what is stored: keeps ids and where a milestone came from,
 * stamps when it was ticked, and keeps the editor's order (that is how the user reorders them).
 * An id the goal no longer holds but `removed` knows (a milestone the × removed, sent again by Undo)
 * brings that milestone back as it was.
 */
export function mergeMilestones(
  previous: Milestone[],
  incoming: MilestoneInput[],
  now: string,
  removed?: (id: string) => Milestone | undefined,
): Milestone[] {
  const before = new Map(previous.map((m) => [m.id, m]))
  return incoming.map((input) => {
    const old = input.id === undefined ? undefined : (before.get(input.id) ?? removed?.(input.id))
    const doneAt = input.done ? (old?.done ? old.doneAt : now) : null
    return {
      id: old?.id ?? randomUUID(),
      text: input.text,
      due: input.due,
      done: input.done,
      doneAt,
      fromActionItem: old?.fromActionItem ?? null,
    }
  })
}
