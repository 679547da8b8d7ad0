import type { HandlersOf } from '../router'
import type { ImportService } from './service'

export function importHandlers(service: ImportService): HandlersOf<'import'> {
  return {
    'import:pick': ({ source }) => service.pick(source),
    'import:preview': ({ token, mapping }) => service.preview(token, mapping),
    'import:start': ({ token, mapping }) => service.start(token, mapping),
    'import:progress': ({ jobId }) => service.progress(jobId),
    'import:undo': ({ importId }) => service.undo(importId),
    'import:history': () => service.history(),
  }
}
