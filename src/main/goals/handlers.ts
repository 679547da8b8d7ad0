import { notFound } from '../../shared/errors'
import type { HandlersOf } from '../router'
import type { TrashService } from '../trash/service'
import type { GoalsService } from './service'

/** Deletes and check-in removals go through the trash, which keeps them for Undo. */
export function goalsHandlers(
  goals: GoalsService,
  trash: Pick<TrashService, 'discard'>,
): HandlersOf<'goals'> {
  return {
    'goals:list': () => goals.list(),
    'goals:get': ({ id }) => goals.get(id),
    'goals:create': (draft) => goals.create(draft),
    'goals:update': (update) => goals.update(update),
    'goals:delete': ({ id }) => trash.discard('goal', id),
    'goals:add-check-in': (draft) => goals.addCheckIn(draft),
    'goals:remove-check-in': async ({ goalId, checkInId }) => {
      goals.get(goalId)
      if (goals.findCheckIn(checkInId)?.goalId !== goalId) throw notFound('check-in')
      await trash.discard('check-in', checkInId)
      return goals.get(goalId)
    },
    'goals:set-status': (input) => goals.setStatus(input),
    'goals:link-session': ({ goalId, sessionId }) => goals.linkSession(goalId, sessionId),
    'goals:unlink-session': ({ goalId, sessionId }) => goals.unlinkSession(goalId, sessionId),
    'goals:milestone-from-action-item': ({ goalId, sessionId, itemId }) =>
      goals.milestoneFromActionItem(goalId, sessionId, itemId),
    'goals:due-soon': () => goals.dueSoon(),
  }
}
