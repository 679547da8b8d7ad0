import { queryOptions, useQuery } from '@tanstack/react-query'
import type { ReportOptionsInput } from '../../../../shared/contract/export'
import { tandem, unwrap } from '../../lib/client'

export const exportKeys = {
  all: ['export'] as const,
  sections: () => [...exportKeys.all, 'sections'] as const,
  preview: (options: ReportOptionsInput) => [...exportKeys.all, 'preview', options] as const,
  job: (jobId: string) => [...exportKeys.all, 'job', jobId] as const,
  backups: () => [...exportKeys.all, 'backups'] as const,
  backupSettings: () => [...exportKeys.all, 'backup-settings'] as const,
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

/** The journal's own backups (daily, before a restore, others), newest first. */
export const backupQueries = {
  list: () =>
    queryOptions({ queryKey: exportKeys.backups(), queryFn: () => unwrap(tandem().backups.list()) }),
  settings: () =>
    queryOptions({
      queryKey: exportKeys.backupSettings(),
      queryFn: () => unwrap(tandem().backups.settings()),
    }),
}

/**
 * The first change of a day writes that day's backup in the background, so the list is asked for
 * again each time the Export screen is shown (main waits for a backup in progress before it answers).
 */
export function useBackups() {
  return useQuery({ ...backupQueries.list(), refetchOnMount: 'always' })
}

export function useBackupSettings() {
  return useQuery(backupQueries.settings())
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
