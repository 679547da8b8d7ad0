import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ReportOptionsInput } from '../../../../shared/contract/export'
import { tandem, unwrap } from '../../lib/client'

export const exportKeys = {
  all: ['export'] as const,
  sections: () => [...exportKeys.all, 'sections'] as const,
  preview: (options: ReportOptionsInput) => [...exportKeys.all, 'preview', options] as const,
  job: (jobId: string) => [...exportKeys.all, 'job', jobId] as const,
}

export const exportQueries = {
  sections: () =>
    queryOptions({ queryKey: exportKeys.sections(), queryFn: () => unwrap(tandem().export.sections()) }),
  /** How many sessions the choices cover; answers again whenever the choices change. */
  preview: (options: ReportOptionsInput) =>
    queryOptions({
      queryKey: exportKeys.preview(options),
      queryFn: () => unwrap(tandem().export.preview(options)),
      staleTime: 0,
      retry: false,
      placeholderData: (previous) => previous,
    }),
  /** Polls a running export until it is done; IPC is request/response, so the screen asks. */
  job: (jobId: string) =>
    queryOptions({
      queryKey: exportKeys.job(jobId),
      queryFn: () => unwrap(tandem().export.progress({ jobId })),
      staleTime: 0,
      refetchInterval: (query) => (query.state.data?.done ? false : 150),
    }),
}

export function useReportSections() {
  return useQuery(exportQueries.sections())
}

export function useReportPreview(options: ReportOptionsInput) {
  return useQuery(exportQueries.preview(options))
}

/** null: no export running. */
export function useExportJob(jobId: string | null) {
  return useQuery({ ...exportQueries.job(jobId ?? 'none'), enabled: jobId !== null })
}
