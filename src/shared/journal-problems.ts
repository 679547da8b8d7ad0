import type { JournalProblem } from './contract/journal'

/** The banner's heading, worded for the kinds of problem present: the journal's own files or Tandem's. */
export function problemsHeading(problems: ReadonlyArray<Pick<JournalProblem, 'kind'>>): string {
  const builtIn = problems.some((p) => p.kind === 'skipped-resource')
  const journal = problems.some((p) => p.kind !== 'skipped-resource')
  if (builtIn && journal) return 'Some of your journal and some of Tandem’s built-in files could not be read.'
  if (builtIn) return 'Some of Tandem’s built-in files could not be read. Your journal is fine.'
  return 'Some of your journal could not be read.'
}
