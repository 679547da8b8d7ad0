import { queryOptions, useQuery } from '@tanstack/react-query'
import { tandem, unwrap } from '../../lib/client'

export const settingsKeys = {
  all: ['settings'] as const,
  /** Where the journal is (from the journal's status; it does not change while the app runs). */
  journalFolder: () => [...settingsKeys.all, 'journal-folder'] as const,
}

export const settingsQueries = {
  all: () => queryOptions({ queryKey: settingsKeys.all, queryFn: () => unwrap(tandem().settings.get()) }),
  journalFolder: () =>
    queryOptions({
      queryKey: settingsKeys.journalFolder(),
      queryFn: async () => (await unwrap(tandem().journal.status())).dataDir,
    }),
}

/** The journal's settings and this computer's, from main. */
export function useSettings() {
  return useQuery(settingsQueries.all())
}

export function useJournalFolder() {
  return useQuery(settingsQueries.journalFolder())
}
export { lockStatusKey, useLockStatus } from './privacy-queries'
