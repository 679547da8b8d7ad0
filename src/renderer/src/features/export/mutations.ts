import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { BackupSettings } from '../../../../shared/contract/backups'
import type { BackupRequest, MarkdownLayout, ReportOptionsInput } from '../../../../shared/contract/export'
import { tandem, unwrap } from '../../lib/client'
import { exportKeys } from './queries'

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
  return useMutation({
    mutationFn: (request?: BackupRequest) => unwrap(tandem().export.backup(request)),
  })
}

export function useInspectBackupMutation() {
  return useMutation({ mutationFn: () => unwrap(tandem().export.inspectBackup()) })
}

/** A picked backup with its own passphrase, opened and checked in full; nothing changes yet. */
export function useOpenBackupMutation() {
  return useMutation({
    mutationFn: (input: { token: string; passphrase: string }) => unwrap(tandem().export.openBackup(input)),
  })
}

/** After a restore every screen's data is stale: the whole journal changed under it. */
export function useRestoreMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (token: string) => unwrap(tandem().export.restore({ token })),
    onSuccess: () => client.invalidateQueries(),
  })
}

/** Restores one of the journal's own backups (from the list); like a restore from a file, everything changes. */
export function useRestoreListedBackupMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (file: string) => unwrap(tandem().backups.restore({ file })),
    onSuccess: () => client.invalidateQueries(),
  })
}

export function useUpdateBackupSettingsMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (settings: BackupSettings) => unwrap(tandem().backups.updateSettings(settings)),
    onSuccess: (saved) => {
      client.setQueryData(exportKeys.backupSettings(), saved)
      // Fewer kept backups: the oldest may be gone from the list.
      return client.invalidateQueries({ queryKey: exportKeys.backups() })
    },
  })
}
