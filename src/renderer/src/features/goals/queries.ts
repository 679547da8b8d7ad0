import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  CheckInDraft,
  Goal,
  GoalDraft,
  GoalUpdate,
  StatusChangeInput,
} from '../../../../shared/domain/goal'
import { tandem, unwrap } from '../../lib/client'
import { refreshLinkers } from '../../lib/queries'

export const goalKeys = {
  all: ['goals'] as const,
  list: ['goals', 'list'] as const,
  goal: (id: string) => ['goals', 'goal', id] as const,
  due: ['goals', 'due'] as const,
}

export function useGoals() {
  return useQuery({ queryKey: goalKeys.list, queryFn: () => unwrap(tandem().goals.list()) })
}

export function useGoal(id: string) {
  return useQuery({ queryKey: goalKeys.goal(id), queryFn: () => unwrap(tandem().goals.get({ id })) })
}

export function useGoalsDue() {
  return useQuery({
    queryKey: goalKeys.due,
    queryFn: () => unwrap(tandem().goals.dueSoon()),
  })
}

/** After any change to one goal: keep its fresh copy, refetch the lists and summaries. */
function useGoalChanged() {
  const client = useQueryClient()
  return (goal: Goal) => {
    client.setQueryData(goalKeys.goal(goal.id), goal)
    void client.invalidateQueries({ queryKey: goalKeys.list })
    void client.invalidateQueries({ queryKey: goalKeys.due })
  }
}

export function useSaveGoal() {
  const changed = useGoalChanged()
  return async (update: GoalUpdate) => {
    const goal = await unwrap(tandem().goals.update(update))
    changed(goal)
    return goal
  }
}

export function useCreateGoal() {
  const changed = useGoalChanged()
  return useMutation({
    mutationFn: (draft: GoalDraft) => unwrap(tandem().goals.create(draft)),
    onSuccess: changed,
  })
}

export function useDeleteGoal() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(tandem().goals.delete({ id })),
    onSuccess: (_void, id) => {
      client.removeQueries({ queryKey: goalKeys.goal(id) })
      // Skills and reflections lose their link to the goal.
      return Promise.all([
        client.invalidateQueries({ queryKey: goalKeys.all }),
        refreshLinkers(client, [['skills'], ['reflections']]),
      ])
    },
  })
}

export function useAddCheckIn() {
  const changed = useGoalChanged()
  return useMutation({
    mutationFn: (draft: CheckInDraft) => unwrap(tandem().goals.addCheckIn(draft)),
    onSuccess: changed,
  })
}

export function useRemoveCheckIn() {
  const changed = useGoalChanged()
  return useMutation({
    mutationFn: (input: { goalId: string; checkInId: string }) => unwrap(tandem().goals.removeCheckIn(input)),
    onSuccess: changed,
  })
}

export function useSetGoalStatus() {
  const changed = useGoalChanged()
  return useMutation({
    mutationFn: (input: StatusChangeInput) => unwrap(tandem().goals.setStatus(input)),
    onSuccess: changed,
  })
}

export function useLinkSession() {
  const changed = useGoalChanged()
  return useMutation({
    mutationFn: ({ goalId, sessionId, link }: { goalId: string; sessionId: string; link: boolean }) =>
      unwrap(
        link
          ? tandem().goals.linkSession({ goalId, sessionId })
          : tandem().goals.unlinkSession({ goalId, sessionId }),
      ),
    onSuccess: changed,
  })
}

export function useMilestoneFromActionItem() {
  const changed = useGoalChanged()
  return useMutation({
    mutationFn: (input: { goalId: string; sessionId: string; itemId: string }) =>
      unwrap(tandem().goals.milestoneFromActionItem(input)),
    onSuccess: changed,
  })
}
