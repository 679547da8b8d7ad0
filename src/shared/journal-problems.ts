import type { JournalProblem } from './contract/journal'

/** The banner's heading, worded for the kinds of problem present: the journal's own files or Tandem's. */
export function problemsHeading(problems: ReadonlyArray<Pick<JournalProblem, 'kind'>>): string {
  if (problems.length > 0 && problems.every((p) => p.kind === 'merged')) {
    return 'Your journal was changed outside Tandem, and Tandem merged the changes.'
  }
  if (problems.length > 0 && problems.every((p) => p.kind === 'merged' || p.kind === 'sync-copy')) {
    return 'Your sync tool left a second version of part of your journal.'
  }
  const builtIn = problems.some((p) => p.kind === 'skipped-resource')
  const journal = problems.some((p) => p.kind === 'set-aside' || p.kind === 'newer-version')
  if (builtIn && journal) return 'Some of your journal and some of Tandem’s built-in files could not be read.'
  if (builtIn) return 'Some of Tandem’s built-in files could not be read. Your journal is fine.'
  if (journal) return 'Some of your journal could not be read.'
  return 'Your journal was changed outside Tandem, and Tandem merged the changes.'
}
