import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MarkdownLayout, ReportOptionsInput } from '../../../../shared/contract/export'
import { tandem, unwrap } from '../../lib/client'

export const exportKeys = {
  sections: ['export', 'sections'] as const,
  preview: (options: ReportOptionsInput) => ['export', 'preview', options] as const,
  job: (jobId: string) => ['export', 'job', jobId] as const,
}

export function useReportSections() {
  return useQuery({ queryKey: exportKeys.sections, queryFn: () => unwrap(tandem().export.sections()) })
}

/** How many sessions the choices cover; answers again whenever the choices change. */
export function useReportPreview(options: ReportOptionsInput) {
  return useQuery({
    queryKey: exportKeys.preview(options),
    queryFn: () => unwrap(tandem().export.preview(options)),
    staleTime: 0,
    retry: false,
    placeholderData: (previous) => previous,
  })
}

export function useStartPdf() {
  return useMutation({
    mutationFn: (options: ReportOptionsInput) => unwrap(tandem().export.startPdf(options)),
  })
}

/** Polls a running export until it is done; IPC is request/response, so the screen asks. */
export function useExportJob(jobId: string | null) {
  return useQuery({
    queryKey: exportKeys.job(jobId ?? 'none'),
    queryFn: () => unwrap(tandem().export.progress({ jobId: jobId ?? '' })),
    enabled: jobId !== null,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.done ? false : 150),
  })
}

export function useCancelExport() {
  return useMutation({ mutationFn: (jobId: string) => unwrap(tandem().export.cancel({ jobId })) })
}

export function useOpenPdf() {
  return useMutation({ mutationFn: (jobId: string) => unwrap(tandem().export.openOutput({ jobId })) })
}

export function useMarkdownExport() {
  return useMutation({
    mutationFn: (input: ReportOptionsInput & { layout: MarkdownLayout }) =>
      unwrap(tandem().export.markdown(input)),
  })
}

export function useBackup() {
  return useMutation({ mutationFn: () => unwrap(tandem().export.backup()) })
}

export function useInspectBackup() {
  return useMutation({ mutationFn: () => unwrap(tandem().export.inspectBackup()) })
}

/** After a restore every screen's data is stale: the whole journal changed under it. */
export function useRestore() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (token: string) => unwrap(tandem().export.restore({ token })),
    onSuccess: () => client.invalidateQueries(),
  })
}
