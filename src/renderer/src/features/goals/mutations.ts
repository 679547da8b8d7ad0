import { useMutation, useQueryClient } from '@tanstack/react-query'
import type {
  CheckInDraft,
  Goal,
  GoalDraft,
  GoalUpdate,
  StatusChangeInput,
} from '../../../../shared/domain/goal'
import { tandem, unwrap } from '../../lib/client'
import { reflectionKeys } from '../prompts/queries'
import { skillKeys } from '../skills/queries'
import { goalKeys } from './queries'

/** After any change to one goal: keep its fresh copy, refetch the lists and summaries. */
function useGoalChanged() {
  const client = useQueryClient()
  return (goal: Goal) => {
    client.setQueryData(goalKeys.detail(goal.id), goal)
    void client.invalidateQueries({ queryKey: goalKeys.list() })
    void client.invalidateQueries({ queryKey: goalKeys.due() })
  }
}

/** One write that answers the changed goal. */
function useGoalMutation<I>(write: (input: I) => Promise<Goal>) {
  const changed = useGoalChanged()
  return useMutation({ mutationFn: write, onSuccess: changed })
}

export const useCreateGoalMutation = () =>
  useGoalMutation((draft: GoalDraft) => unwrap(tandem().goals.create(draft)))

/** The detail editor's autosave. */
export const useUpdateGoalMutation = () =>
  useGoalMutation((update: GoalUpdate) => unwrap(tandem().goals.update(update)))

export const useAddCheckInMutation = () =>
  useGoalMutation((draft: CheckInDraft) => unwrap(tandem().goals.addCheckIn(draft)))

export const useRemoveCheckInMutation = () =>
  useGoalMutation((input: { goalId: string; checkInId: string }) =>
    unwrap(tandem().goals.removeCheckIn(input)),
  )

export const useSetGoalStatusMutation = () =>
  useGoalMutation((input: StatusChangeInput) => unwrap(tandem().goals.setStatus(input)))

export const useLinkSessionMutation = () =>
  useGoalMutation(({ goalId, sessionId, link }: { goalId: string; sessionId: string; link: boolean }) =>
    unwrap(
      link
        ? tandem().goals.linkSession({ goalId, sessionId })
        : tandem().goals.unlinkSession({ goalId, sessionId }),
    ),
  )

export const useMilestoneFromActionItemMutation = () =>
  useGoalMutation((input: { goalId: string; sessionId: string; itemId: string }) =>
    unwrap(tandem().goals.milestoneFromActionItem(input)),
  )

export function useDeleteGoalMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(tandem().goals.delete({ id })),
    // Skills and reflections lose their link to the goal.
    meta: { dropsLinksIn: [skillKeys.all, reflectionKeys.all] },
    onSuccess: (_void, id) => {
      client.removeQueries({ queryKey: goalKeys.detail(id) })
      return client.invalidateQueries({ queryKey: goalKeys.all })
    },
  })
}
