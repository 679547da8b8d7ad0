import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { EditProgramWeek, StartProgram } from '../../../../shared/domain/program'
import type {
  CustomPromptDraft,
  CustomPromptUpdate,
  PromptMoment,
  PromptSettings,
} from '../../../../shared/domain/prompt'
import type { ReflectionDraft, ReflectionUpdate } from '../../../../shared/domain/reflection'
import { tandem, unwrap } from '../../lib/client'

/** Keys of this feature; each prefixed by its kind so one invalidation reaches every view of it. */
export const reflectKeys = {
  library: ['prompts', 'library'] as const,
  ofTheDay: (shuffle: number, moments: string) => ['prompts', 'of-the-day', shuffle, moments] as const,
  reviewsDue: ['prompts', 'reviews-due'] as const,
  reflections: ['reflections'] as const,
  reflection: (id: string) => ['reflections', id] as const,
  forSession: (sessionId: string) => ['reflections', 'for-session', sessionId] as const,
  templates: ['programs', 'templates'] as const,
  programs: ['programs', 'list'] as const,
}

/**
 * Some views depend on other features' data (a week is done when a session is logged; the prompt of
 * the day skips what was answered): they refetch whenever they are shown instead of trusting a copy.
 */
const fresh = { refetchOnMount: 'always' } as const

export function usePromptLibrary() {
  return useQuery({ queryKey: reflectKeys.library, queryFn: () => unwrap(tandem().prompts.library()) })
}

export function usePromptOfTheDay(shuffle: number, moments?: PromptMoment[]) {
  return useQuery({
    queryKey: reflectKeys.ofTheDay(shuffle, moments?.join(',') ?? ''),
    queryFn: () => unwrap(tandem().prompts.ofTheDay({ shuffle, moments })),
    placeholderData: keepPreviousData,
    ...fresh,
  })
}

export function useReviewsDue() {
  return useQuery({
    queryKey: reflectKeys.reviewsDue,
    queryFn: () => unwrap(tandem().prompts.reviewsDue()),
    ...fresh,
  })
}

export function useReflections() {
  // Fresh on every showing: deleting a session elsewhere drops its links from reflections.
  return useQuery({
    queryKey: reflectKeys.reflections,
    queryFn: () => unwrap(tandem().reflections.list()),
    ...fresh,
  })
}

export function useReflection(id: string | null) {
  return useQuery({
    queryKey: reflectKeys.reflection(id ?? 'new'),
    queryFn: () => unwrap(tandem().reflections.get({ id: id ?? '' })),
    enabled: id !== null,
  })
}

export function useSessionReflections(sessionId: string | null) {
  return useQuery({
    queryKey: reflectKeys.forSession(sessionId ?? 'none'),
    queryFn: () => unwrap(tandem().reflections.forSession({ sessionId: sessionId ?? '' })),
    enabled: sessionId !== null,
    ...fresh,
  })
}

export function usePrograms() {
  return useQuery({
    queryKey: reflectKeys.programs,
    queryFn: () => unwrap(tandem().programs.list()),
    ...fresh,
  })
}

export function useProgramTemplates() {
  return useQuery({ queryKey: reflectKeys.templates, queryFn: () => unwrap(tandem().programs.templates()) })
}

export function saveReflection(draft: ReflectionDraft, id: string | null) {
  if (id === null) return unwrap(tandem().reflections.create(draft))
  const { promptId: _snapshotTaken, ...rest } = draft
  const update: ReflectionUpdate = { ...rest, id }
  return unwrap(tandem().reflections.update(update))
}

/** After a reflection changes: lists, the day's prompt and reviews due may all move. */
export function useInvalidateReflections() {
  const client = useQueryClient()
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['reflections'] }),
      client.invalidateQueries({ queryKey: ['prompts', 'of-the-day'] }),
      client.invalidateQueries({ queryKey: reflectKeys.reviewsDue }),
    ])
}

export function useDeleteReflection() {
  const invalidate = useInvalidateReflections()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(tandem().reflections.delete({ id })),
    onSuccess: (_void, id) => {
      client.removeQueries({ queryKey: reflectKeys.reflection(id) })
      return invalidate()
    },
  })
}

function usePromptsMutation<I>(run: (input: I) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: ['prompts'] }),
  })
}

export const useCreatePrompt = () =>
  usePromptsMutation((draft: CustomPromptDraft) => unwrap(tandem().prompts.createCustom(draft)))
export const useUpdatePrompt = () =>
  usePromptsMutation((update: CustomPromptUpdate) => unwrap(tandem().prompts.updateCustom(update)))
export const useSetPromptFlag = () =>
  usePromptsMutation(
    ({ flag, id, value }: { flag: 'hidden' | 'pinned' | 'archived'; id: string; value: boolean }) => {
      const prompts = tandem().prompts
      if (flag === 'hidden') return unwrap(prompts.setHidden({ id, value }))
      if (flag === 'pinned') return unwrap(prompts.setPinned({ id, value }))
      return unwrap(prompts.setArchived({ id, value }))
    },
  )
export const useUpdatePromptSettings = () =>
  usePromptsMutation((settings: PromptSettings) => unwrap(tandem().prompts.updateSettings(settings)))

function useProgramsMutation<I>(run: (input: I) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: reflectKeys.programs }),
  })
}

export const useStartProgram = () =>
  useProgramsMutation((input: StartProgram) => unwrap(tandem().programs.start(input)))
export const useEditProgramWeek = () =>
  useProgramsMutation((input: EditProgramWeek) => unwrap(tandem().programs.editWeek(input)))
export const useSetWeekFlag = () =>
  useProgramsMutation(
    ({ flag, ...input }: { flag: 'done' | 'skipped'; programId: string; week: number; value: boolean }) =>
      flag === 'done'
        ? unwrap(tandem().programs.setWeekDone(input))
        : unwrap(tandem().programs.setWeekSkipped(input)),
  )
export const useDeleteProgram = () =>
  useProgramsMutation((programId: string) => unwrap(tandem().programs.delete({ programId })))
