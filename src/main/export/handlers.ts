import type { HandlersOf } from '../router'
import type { ExportService } from './service'

export function exportHandlers(service: ExportService): HandlersOf<'export'> {
  return {
    'export:sections': () => service.sections(),
    'export:preview': (options) => service.preview(options),
    'export:start-pdf': (options) => service.startPdf(options),
    'export:progress': ({ jobId }) => service.progress(jobId),
    'export:cancel': ({ jobId }) => service.cancel(jobId),
    'export:open-output': ({ jobId }) => service.openOutput(jobId),
    'export:markdown': (options) => service.markdown(options),
    'export:backup': (request) => service.backup(request),
    'export:open-backup': ({ token, passphrase }) => service.openBackup(token, passphrase),
    'export:inspect-backup': () => service.inspectBackup(),
    'export:restore': ({ token }) => service.restore(token),
  }
}
