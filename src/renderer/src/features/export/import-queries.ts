import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ImportMapping, ImportSource } from '../../../../shared/contract/import'
import { tandem, unwrap } from '../../lib/client'

export const importKeys = {
  all: ['import'] as const,
  history: () => [...importKeys.all, 'history'] as const,
  job: (jobId: string) => [...importKeys.all, 'job', jobId] as const,
}

const importQueries = {
  history: () =>
    queryOptions({ queryKey: importKeys.history(), queryFn: () => unwrap(tandem().import.history()) }),
  /** Polls a running import until it is done, as the PDF export's job is polled. */
  job: (jobId: string) =>
    queryOptions({
      queryKey: importKeys.job(jobId),
      queryFn: () => unwrap(tandem().import.progress({ jobId })),
      staleTime: 0,
      refetchInterval: (query) => (query.state.data?.done ? false : 150),
    }),
}

export function useImportHistory() {
  return useQuery(importQueries.history())
}

export function useImportJob(jobId: string | null) {
  return useQuery({ ...importQueries.job(jobId ?? 'none'), enabled: jobId !== null })
}

/** Asks for the file (or folder) and reads it; nothing is written. */
export function usePickImportMutation() {
  return useMutation({ mutationFn: (source: ImportSource) => unwrap(tandem().import.pick({ source })) })
}

export function useImportPreviewMutation() {
  return useMutation({
    mutationFn: (input: { token: string; mapping: ImportMapping }) => unwrap(tandem().import.preview(input)),
  })
}

export function useStartImportMutation() {
  return useMutation({
    mutationFn: (input: { token: string; mapping: ImportMapping }) => unwrap(tandem().import.start(input)),
  })
}

/** An import or its undo changes sessions, reflections and partners everywhere: every cache is stale. */
export function useUndoImportMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (importId: string) => unwrap(tandem().import.undo({ importId })),
    onSuccess: () => client.invalidateQueries(),
  })
}

export function useRefreshAfterImport() {
  const client = useQueryClient()
  return () => client.invalidateQueries()
}
