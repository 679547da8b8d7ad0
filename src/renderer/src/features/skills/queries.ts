import { queryOptions, useQuery } from '@tanstack/react-query'
import { tandem, unwrap } from '../../lib/client'

/** Every skills query starts with `skillKeys.all`, so one invalidation refreshes lists, queue and summary. */
export const skillKeys = {
  all: ['skills'] as const,
  list: () => [...skillKeys.all, 'list'] as const,
  detail: (id: string) => [...skillKeys.all, 'detail', id] as const,
  reviewQueue: () => [...skillKeys.all, 'review-queue'] as const,
  summary: () => [...skillKeys.all, 'summary'] as const,
}

export const skillQueries = {
  list: () => queryOptions({ queryKey: skillKeys.list(), queryFn: () => unwrap(tandem().skills.list()) }),
  detail: (id: string) =>
    queryOptions({ queryKey: skillKeys.detail(id), queryFn: () => unwrap(tandem().skills.get({ id })) }),
  reviewQueue: () =>
    queryOptions({ queryKey: skillKeys.reviewQueue(), queryFn: () => unwrap(tandem().skills.reviewQueue()) }),
  summary: () =>
    queryOptions({ queryKey: skillKeys.summary(), queryFn: () => unwrap(tandem().skills.summary()) }),
}

export function useSkills() {
  return useQuery(skillQueries.list())
}

export function useSkill(id: string) {
  return useQuery(skillQueries.detail(id))
}

export function useReviewQueue() {
  return useQuery(skillQueries.reviewQueue())
}

export function useSkillsSummary() {
  return useQuery(skillQueries.summary())
}
