import type { JournalStatus } from '../../shared/contract/journal'
import { TandemError } from '../../shared/errors'
import type { FeatureContext } from '../context'

export interface JournalService {
  /** Where the journal lives and what Tandem had to set aside or skip while opening it. */
  status(): JournalStatus
  /** The user has read the problems: they stop showing until a new one happens. */
  dismissProblems(): void
  /** Merges a sync tool's copy the status reported; any other name is refused. */
  mergeSyncCopy(copy: string): Promise<{ file: string; conflicts: number; keptAs: string }>
  /** Opens the journal folder in the file manager; the path is ours, never the renderer's. */
  showFolder(): Promise<void>
}

export function openJournal(ctx: FeatureContext): JournalService {
  return {
    status: () => ({ dataDir: ctx.journal.dir, problems: ctx.journal.problems }),
    dismissProblems: () => ctx.journal.dismissProblems(),
    mergeSyncCopy: (copy) => ctx.journal.mergeSyncCopy(copy),
    async showFolder() {
      const couldNot = `Tandem could not open your file manager. The journal is in ${ctx.journal.dir}.`
      if (!ctx.ports.openPath) throw new TandemError('not-allowed', couldNot)
      try {
        await ctx.ports.openPath(ctx.journal.dir)
      } catch {
        throw new TandemError('internal', couldNot)
      }
    },
  }
}
