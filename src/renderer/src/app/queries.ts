import { queryOptions, useQuery } from '@tanstack/react-query'
import { tandem, unwrap } from '../lib/client'

/** App-level data: the journal's own state, not any one feature's. */
export const journalKeys = {
  all: ['journal'] as const,
  status: () => [...journalKeys.all, 'status'] as const,
}

export const journalQueries = {
  status: () =>
    queryOptions({ queryKey: journalKeys.status(), queryFn: () => unwrap(tandem().journal.status()) }),
}

export function useJournalStatus() {
  return useQuery(journalQueries.status())
}
