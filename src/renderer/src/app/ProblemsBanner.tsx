import { problemsHeading } from '../../../shared/journal-problems'
import { useDismissProblemsMutation } from './mutations'
import { useJournalStatus } from './queries'

/**
 * Tells the user, plainly, about any journal file that could not be read and was set aside, and any
 * built-in file (prompts, program templates) that was skipped.
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
            <li key={`${p.file}-${p.at}`}>{p.message}</li>
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
