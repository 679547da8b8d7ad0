import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PracticeDraft, ReviewInput, SkillDraft, SkillUpdate } from '../../../../shared/domain/skill'
import { tandem, unwrap } from '../../lib/client'
import { reflectionKeys } from '../prompts/queries'
import { skillKeys } from './queries'

/**
 * A write to one skill: lists, queue and summary all refetch. The detail editor keeps its own draft,
 * so refetching its detail is safe.
 */
function useSkillsMutation<I, O>(write: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: skillKeys.all }),
  })
}

export const useCreateSkillMutation = () =>
  useSkillsMutation((draft: SkillDraft) => unwrap(tandem().skills.create(draft)))

/** The detail editor's autosave. */
export const useUpdateSkillMutation = () =>
  useSkillsMutation((update: SkillUpdate) => unwrap(tandem().skills.update(update)))

export const useLogPracticeMutation = () =>
  useSkillsMutation((draft: PracticeDraft) => unwrap(tandem().skills.logPractice(draft)))

export const useDeletePracticeMutation = () =>
  useSkillsMutation((id: string) => unwrap(tandem().skills.deletePractice({ id })))

export const useReviewSkillMutation = () =>
  useSkillsMutation((input: ReviewInput) => unwrap(tandem().skills.review(input)))

export function useDeleteSkillMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(tandem().skills.delete({ id })),
    // Reflections lose their link to the skill.
    meta: { dropsLinksIn: [reflectionKeys.all] },
    onSuccess: (_void, id) => {
      client.removeQueries({ queryKey: skillKeys.detail(id) })
      return client.invalidateQueries({ queryKey: skillKeys.all })
    },
  })
}
