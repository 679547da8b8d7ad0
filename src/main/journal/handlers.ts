import type { HandlersOf } from '../router'
import type { JournalService } from './service'

export function journalHandlers(journal: JournalService): HandlersOf<'journal'> {
  return {
    'journal:status': () => journal.status(),
    'journal:dismiss-problems': () => journal.dismissProblems(),
    'journal:merge-sync-copy': ({ copy }) => journal.mergeSyncCopy(copy),
    'journal:show-folder': () => journal.showFolder(),
  }
}
