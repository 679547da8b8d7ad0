import type { HandlersOf } from '../router'
import type { BackupsService } from './service'

export function backupsHandlers(service: BackupsService): HandlersOf<'backups'> {
  return {
    'backups:list': () => service.list(),
    'backups:restore': ({ file }) => service.restore(file),
    'backups:settings': () => service.settings(),
    'backups:update-settings': (settings) => service.updateSettings(settings),
  }
}
