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
