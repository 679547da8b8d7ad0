import { queryOptions, useQuery } from '@tanstack/react-query'
import { tandem, unwrap } from '../../lib/client'

/** Every goals query starts with `goalKeys.all`, so one invalidation reaches them all. */
export const goalKeys = {
  all: ['goals'] as const,
  list: () => [...goalKeys.all, 'list'] as const,
  detail: (id: string) => [...goalKeys.all, 'detail', id] as const,
  due: () => [...goalKeys.all, 'due'] as const,
}

export const goalQueries = {
  list: () => queryOptions({ queryKey: goalKeys.list(), queryFn: () => unwrap(tandem().goals.list()) }),
  detail: (id: string) =>
    queryOptions({ queryKey: goalKeys.detail(id), queryFn: () => unwrap(tandem().goals.get({ id })) }),
  due: () => queryOptions({ queryKey: goalKeys.due(), queryFn: () => unwrap(tandem().goals.dueSoon()) }),
}

export function useGoals() {
  return useQuery(goalQueries.list())
}

export function useGoal(id: string) {
  return useQuery(goalQueries.detail(id))
}

export function useGoalsDue() {
  return useQuery(goalQueries.due())
}
