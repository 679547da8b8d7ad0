import type { JournalProblem } from '../../../shared/contract/journal'
import { problemsHeading } from '../../../shared/journal-problems'
import { messageOf } from '../lib/client'
import { showNotice } from '../lib/notices'
import { useDismissProblemsMutation, useMergeSyncCopyMutation } from './mutations'
import { useJournalStatus } from './queries'

/**
 * Tells the user, plainly, about any journal file that could not be read and was set aside, one that
 * was changed outside Tandem and merged, a sync tool's second copy (with "Merge it"), and any built-in
 * file (prompts, program templates) that was skipped. Journal status is asked for again after every
 * write (lib/queries.ts), since a save can merge an outside change.
 */
export function ProblemsBanner() {
  const status = useJournalStatus()
  const dismiss = useDismissProblemsMutation()
  const problems = status.data?.problems ?? []
  if (problems.length === 0) return null
  return (
    <section className="banner warning" role="alert" aria-label="Journal problems">
      <div>
        <strong>{problemsHeading(problems)}</strong>
        <ul>
          {problems.map((p) => (
            <li key={`${p.file}-${p.at}`}>
              {p.message}
              {p.kind === 'sync-copy' && p.movedTo && <MergeButton problem={p} copy={p.movedTo} />}
            </li>
          ))}
        </ul>
        <p className="muted">Your journal folder: {status.data?.dataDir}</p>
      </div>
      <button type="button" className="button" onClick={() => dismiss.mutate()}>
        Dismiss
      </button>
    </section>
  )
}

function MergeButton({ problem, copy }: { problem: JournalProblem; copy: string }) {
  const merge = useMergeSyncCopyMutation()
  async function run() {
    try {
      const merged = await merge.mutateAsync(copy)
      const conflicts =
        merged.conflicts === 0
          ? 'No item had changed on both sides.'
          : `${merged.conflicts} ${merged.conflicts === 1 ? 'item' : 'items'} had changed on both sides; the newer version of each was kept.`
      showNotice({
        message: `Merged the second copy of ${merged.file} into your journal.`,
        notes: [conflicts, `The copy is kept as ${merged.keptAs}.`],
      })
    } catch (e) {
      showNotice({ message: messageOf(e), notes: [] })
    }
  }
  return (
    <button
      type="button"
      className="button small banner-action"
      aria-label={`Merge it: ${problem.file}`}
      disabled={merge.isPending}
      onClick={() => void run()}
    >
      Merge it
    </button>
  )
}
