import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { MarkdownLayout, ReportOptionsInput } from '../../../../shared/contract/export'
import { tandem, unwrap } from '../../lib/client'

// Exports and backups write files outside the journal: no cache of the journal changes, except on restore.

export function useStartPdfMutation() {
  return useMutation({
    mutationFn: (options: ReportOptionsInput) => unwrap(tandem().export.startPdf(options)),
  })
}

export function useCancelExportMutation() {
  return useMutation({ mutationFn: (jobId: string) => unwrap(tandem().export.cancel({ jobId })) })
}

export function useOpenPdfMutation() {
  return useMutation({ mutationFn: (jobId: string) => unwrap(tandem().export.openOutput({ jobId })) })
}

export function useMarkdownExportMutation() {
  return useMutation({
    mutationFn: (input: ReportOptionsInput & { layout: MarkdownLayout }) =>
      unwrap(tandem().export.markdown(input)),
  })
}

export function useBackupMutation() {
  return useMutation({ mutationFn: () => unwrap(tandem().export.backup()) })
}

export function useInspectBackupMutation() {
  return useMutation({ mutationFn: () => unwrap(tandem().export.inspectBackup()) })
}

/** After a restore every screen's data is stale: the whole journal changed under it. */
export function useRestoreMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (token: string) => unwrap(tandem().export.restore({ token })),
    onSuccess: () => client.invalidateQueries(),
  })
}
