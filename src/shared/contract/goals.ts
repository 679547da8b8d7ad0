import { z } from 'zod'
import { Id } from '../domain/common'
import {
  CheckInDraft,
  type Goal,
  GoalDraft,
  type GoalsDue,
  GoalUpdate,
  StatusChangeInput,
} from '../domain/goal'
import type { Deleted } from '../domain/trash'
import { channel } from './channel'

const GoalSession = z.object({ goalId: Id, sessionId: Id })

export const goalsChannels = {
  /** Every goal, active first. Goals are few, so the list carries them whole. */
  'goals:list': channel(z.undefined()).returns<Goal[]>(),
  'goals:get': channel(z.object({ id: Id })).returns<Goal>(),
  'goals:create': channel(GoalDraft).returns<Goal>(),
  'goals:update': channel(GoalUpdate).returns<Goal>(),
  'goals:delete': channel(z.object({ id: Id })).returns<Deleted>(),
  'goals:add-check-in': channel(CheckInDraft).returns<Goal>(),
  /**
   * Moves the check-in to the trash and answers the goal without it. Undo is `trash:restore` with the
   * check-in's id (a trash entry's id is the id of what was removed).
   */
  'goals:remove-check-in': channel(z.object({ goalId: Id, checkInId: Id })).returns<Goal>(),
  'goals:set-status': channel(StatusChangeInput).returns<Goal>(),
  'goals:link-session': channel(GoalSession).returns<Goal>(),
  'goals:unlink-session': channel(GoalSession).returns<Goal>(),
  /** Turns a session's action item into the goal's last milestone, and links the session. */
  'goals:milestone-from-action-item': channel(
    z.object({ goalId: Id, sessionId: Id, itemId: Id }),
  ).returns<Goal>(),
  /** Goals due in the next 14 days (or overdue) and overdue milestones, by the local date of main. */
  'goals:due-soon': channel(z.undefined()).returns<GoalsDue>(),
}
