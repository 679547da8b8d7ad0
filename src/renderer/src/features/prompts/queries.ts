import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import type { PromptMoment } from '../../../../shared/domain/prompt'
import { tandem, unwrap } from '../../lib/client'

/**
 * This feature serves three kinds of data (prompts, reflections, programs), each with its own root.
 * A kind called without its arguments (`promptKeys.ofTheDay()`) is the prefix of all its variants.
 */
export const promptKeys = {
  all: ['prompts'] as const,
  library: () => [...promptKeys.all, 'library'] as const,
  ofTheDay: (pick?: { shuffle: number; moments: string }) =>
    pick === undefined
      ? ([...promptKeys.all, 'of-the-day'] as const)
      : ([...promptKeys.all, 'of-the-day', pick.shuffle, pick.moments] as const),
  reviewsDue: () => [...promptKeys.all, 'reviews-due'] as const,
}

export const reflectionKeys = {
  all: ['reflections'] as const,
  list: () => [...reflectionKeys.all, 'list'] as const,
  detail: (id: string) => [...reflectionKeys.all, 'detail', id] as const,
  forSession: (sessionId: string) => [...reflectionKeys.all, 'for-session', sessionId] as const,
}

export const programKeys = {
  all: ['programs'] as const,
  list: () => [...programKeys.all, 'list'] as const,
  templates: () => [...programKeys.all, 'templates'] as const,
}

/**
 * Some views depend on other features' data (a week is done when a session is logged; the prompt of
 * the day skips what was answered): they refetch whenever they are shown instead of trusting a copy.
 */
const fresh = { refetchOnMount: 'always' } as const

export const promptQueries = {
  library: () =>
    queryOptions({ queryKey: promptKeys.library(), queryFn: () => unwrap(tandem().prompts.library()) }),
  ofTheDay: (shuffle: number, moments?: PromptMoment[]) =>
    queryOptions({
      queryKey: promptKeys.ofTheDay({ shuffle, moments: moments?.join(',') ?? '' }),
      queryFn: () => unwrap(tandem().prompts.ofTheDay({ shuffle, moments })),
      placeholderData: keepPreviousData,
      ...fresh,
    }),
  reviewsDue: () =>
    queryOptions({
      queryKey: promptKeys.reviewsDue(),
      queryFn: () => unwrap(tandem().prompts.reviewsDue()),
      ...fresh,
    }),
}

export const reflectionQueries = {
  // Fresh on every showing: deleting a session elsewhere drops its links from reflections.
  list: () =>
    queryOptions({
      queryKey: reflectionKeys.list(),
      queryFn: () => unwrap(tandem().reflections.list()),
      ...fresh,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: reflectionKeys.detail(id),
      queryFn: () => unwrap(tandem().reflections.get({ id })),
    }),
  forSession: (sessionId: string) =>
    queryOptions({
      queryKey: reflectionKeys.forSession(sessionId),
      queryFn: () => unwrap(tandem().reflections.forSession({ sessionId })),
      ...fresh,
    }),
}

export const programQueries = {
  list: () =>
    queryOptions({ queryKey: programKeys.list(), queryFn: () => unwrap(tandem().programs.list()), ...fresh }),
  templates: () =>
    queryOptions({ queryKey: programKeys.templates(), queryFn: () => unwrap(tandem().programs.templates()) }),
}

export function usePromptLibrary() {
  return useQuery(promptQueries.library())
}

/** `enabled: false` waits (Home waits to know whether any session exists before it picks the moments). */
export function usePromptOfTheDay(shuffle: number, moments?: PromptMoment[], enabled = true) {
  return useQuery({ ...promptQueries.ofTheDay(shuffle, moments), enabled })
}

export function useReviewsDue() {
  return useQuery(promptQueries.reviewsDue())
}

export function useReflections() {
  return useQuery(reflectionQueries.list())
}

/** null: a new reflection, nothing to load yet. */
export function useReflection(id: string | null) {
  return useQuery({ ...reflectionQueries.detail(id ?? 'new'), enabled: id !== null })
}

/** null: the session is not saved yet, so nothing links to it. */
export function useSessionReflections(sessionId: string | null) {
  return useQuery({ ...reflectionQueries.forSession(sessionId ?? 'none'), enabled: sessionId !== null })
}

export function usePrograms() {
  return useQuery(programQueries.list())
}

export function useProgramTemplates() {
  return useQuery(programQueries.templates())
}
