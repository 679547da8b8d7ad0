import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { PracticeDraft, ReviewInput, SkillDraft, SkillUpdate } from '../../../../shared/domain/skill'
import { tandem, unwrap } from '../../lib/client'
import { refreshLinkers } from '../../lib/queries'

/** Every skills query starts with 'skills', so one invalidation refreshes lists, queue and summary. */
export const skillKeys = {
  all: ['skills'] as const,
  list: ['skills', 'list'] as const,
  detail: (id: string) => ['skills', 'detail', id] as const,
  queue: ['skills', 'review-queue'] as const,
  summary: ['skills', 'summary'] as const,
}

export function useSkills() {
  return useQuery({ queryKey: skillKeys.list, queryFn: () => unwrap(tandem().skills.list()) })
}

export function useSkill(id: string) {
  return useQuery({ queryKey: skillKeys.detail(id), queryFn: () => unwrap(tandem().skills.get({ id })) })
}

export function useReviewQueue() {
  return useQuery({ queryKey: skillKeys.queue, queryFn: () => unwrap(tandem().skills.reviewQueue()) })
}

export function useSkillsSummary() {
  return useQuery({ queryKey: skillKeys.summary, queryFn: () => unwrap(tandem().skills.summary()) })
}

function useInvalidateSkills() {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: skillKeys.all })
}

export function useCreateSkill() {
  const invalidate = useInvalidateSkills()
  return useMutation({
    mutationFn: (draft: SkillDraft) => unwrap(tandem().skills.create(draft)),
    onSuccess: invalidate,
  })
}

/** The detail editor's autosave; the editor keeps its own draft, so refetching its detail is safe. */
export function useSaveSkill() {
  const client = useQueryClient()
  return async (update: SkillUpdate) => {
    const saved = await unwrap(tandem().skills.update(update))
    await client.invalidateQueries({ queryKey: skillKeys.all })
    return saved
  }
}

export function useDeleteSkill() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(tandem().skills.delete({ id })),
    onSuccess: (_void, id) => {
      client.removeQueries({ queryKey: skillKeys.detail(id) })
      // Reflections lose their link to the skill.
      return Promise.all([
        client.invalidateQueries({ queryKey: skillKeys.all }),
        refreshLinkers(client, [['reflections']]),
      ])
    },
  })
}

export function useLogPractice() {
  const invalidate = useInvalidateSkills()
  return useMutation({
    mutationFn: (draft: PracticeDraft) => unwrap(tandem().skills.logPractice(draft)),
    onSuccess: invalidate,
  })
}

export function useDeletePractice() {
  const invalidate = useInvalidateSkills()
  return useMutation({
    mutationFn: (id: string) => unwrap(tandem().skills.deletePractice({ id })),
    onSuccess: invalidate,
  })
}

export function useReview() {
  const invalidate = useInvalidateSkills()
  return useMutation({
    mutationFn: (input: ReviewInput) => unwrap(tandem().skills.review(input)),
    onSuccess: invalidate,
  })
}
