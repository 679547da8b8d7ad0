import { useMutation, useQueryClient } from '@tanstack/react-query'
import { tandem, unwrap } from '../lib/client'
import { journalKeys } from './queries'

/** The user has read about the set-aside files: stop showing the banner. */
export function useDismissProblemsMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(tandem().journal.dismissProblems()),
    onSuccess: () => client.invalidateQueries({ queryKey: journalKeys.status() }),
  })
}

/**
 * Merges a sync tool's conflicted copy into the journal (the newer version of each item wins). Any
 * screen may show what changed, so everything is asked for again.
 */
export function useMergeSyncCopyMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (copy: string) => unwrap(tandem().journal.mergeSyncCopy({ copy })),
    onSuccess: () => client.invalidateQueries(),
  })
}
