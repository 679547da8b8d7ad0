import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { EditProgramWeek, StartProgram } from '../../../../shared/domain/program'
import type { CustomPromptDraft, CustomPromptUpdate, PromptSettings } from '../../../../shared/domain/prompt'
import type { ReflectionDraft, ReflectionUpdate } from '../../../../shared/domain/reflection'
import { tandem, unwrap } from '../../lib/client'
import { programKeys, promptKeys, reflectionKeys } from './queries'

/** After a reflection changes: lists, the day's prompt and reviews due may all move. */
function useInvalidateReflections() {
  const client = useQueryClient()
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: reflectionKeys.all }),
      client.invalidateQueries({ queryKey: promptKeys.ofTheDay() }),
      client.invalidateQueries({ queryKey: promptKeys.reviewsDue() }),
    ])
}

/** Creates the reflection (id null) or updates it; the reflection form's autosave calls this. */
export function useSaveReflectionMutation() {
  const client = useQueryClient()
  const invalidate = useInvalidateReflections()
  return useMutation({
    mutationFn: ({ id, draft }: { id: string | null; draft: ReflectionDraft }) => {
      if (id === null) return unwrap(tandem().reflections.create(draft))
      // The prompt's text was kept when the reflection was first written; an update never changes it.
      const { promptId: _snapshotTaken, ...rest } = draft
      const update: ReflectionUpdate = { ...rest, id }
      return unwrap(tandem().reflections.update(update))
    },
    onSuccess: (saved) => {
      client.setQueryData(reflectionKeys.detail(saved.id), saved)
      void invalidate()
    },
  })
}

export function useDeleteReflectionMutation() {
  const client = useQueryClient()
  const invalidate = useInvalidateReflections()
  return useMutation({
    mutationFn: (id: string) => unwrap(tandem().reflections.delete({ id })),
    onSuccess: (_void, id) => {
      client.removeQueries({ queryKey: reflectionKeys.detail(id) })
      return invalidate()
    },
  })
}

function usePromptsMutation<I>(write: (input: I) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: promptKeys.all }),
  })
}

export const useCreatePromptMutation = () =>
  usePromptsMutation((draft: CustomPromptDraft) => unwrap(tandem().prompts.createCustom(draft)))
export const useUpdatePromptMutation = () =>
  usePromptsMutation((update: CustomPromptUpdate) => unwrap(tandem().prompts.updateCustom(update)))
export const useSetPromptFlagMutation = () =>
  usePromptsMutation(
    ({ flag, id, value }: { flag: 'hidden' | 'pinned' | 'archived'; id: string; value: boolean }) => {
      const prompts = tandem().prompts
      if (flag === 'hidden') return unwrap(prompts.setHidden({ id, value }))
      if (flag === 'pinned') return unwrap(prompts.setPinned({ id, value }))
      return unwrap(prompts.setArchived({ id, value }))
    },
  )
export const useUpdatePromptSettingsMutation = () =>
  usePromptsMutation((settings: PromptSettings) => unwrap(tandem().prompts.updateSettings(settings)))

function useProgramsMutation<I, O>(write: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: programKeys.list() }),
  })
}

export const useStartProgramMutation = () =>
  useProgramsMutation((input: StartProgram) => unwrap(tandem().programs.start(input)))
export const useEditProgramWeekMutation = () =>
  useProgramsMutation((input: EditProgramWeek) => unwrap(tandem().programs.editWeek(input)))
export const useSetWeekFlagMutation = () =>
  useProgramsMutation(
    ({ flag, ...input }: { flag: 'done' | 'skipped'; programId: string; week: number; value: boolean }) =>
      flag === 'done'
        ? unwrap(tandem().programs.setWeekDone(input))
        : unwrap(tandem().programs.setWeekSkipped(input)),
  )
export const useDeleteProgramMutation = () =>
  useProgramsMutation((programId: string) => unwrap(tandem().programs.delete({ programId })))
