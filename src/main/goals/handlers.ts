import type { HandlersOf } from '../router'
import type { GoalsService } from './service'

export function goalsHandlers(goals: GoalsService): HandlersOf<'goals'> {
  return {
    'goals:list': () => goals.list(),
    'goals:get': ({ id }) => goals.get(id),
    'goals:create': (draft) => goals.create(draft),
    'goals:update': (update) => goals.update(update),
    'goals:delete': ({ id }) => goals.remove(id),
    'goals:add-check-in': (draft) => goals.addCheckIn(draft),
    'goals:remove-check-in': ({ goalId, checkInId }) => goals.removeCheckIn(goalId, checkInId),
    'goals:set-status': (input) => goals.setStatus(input),
    'goals:link-session': ({ goalId, sessionId }) => goals.linkSession(goalId, sessionId),
    'goals:unlink-session': ({ goalId, sessionId }) => goals.unlinkSession(goalId, sessionId),
    'goals:milestone-from-action-item': ({ goalId, sessionId, itemId }) =>
      goals.milestoneFromActionItem(goalId, sessionId, itemId),
    'goals:due-soon': () => goals.dueSoon(),
  }
}
