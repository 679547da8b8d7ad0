import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { SessionDraft } from '../../../../shared/domain/session'
import { tandem, unwrap } from '../../lib/client'
import { goalKeys } from '../goals/queries'
import { reflectionKeys } from '../prompts/queries'
import { skillKeys } from '../skills/queries'
import { sessionKeys } from './queries'

/** Creates the session (id null) or updates it; the editor's autosave calls this. */
export function useSaveSessionMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, draft }: { id: string | null; draft: SessionDraft }) =>
      unwrap(id === null ? tandem().sessions.create(draft) : tandem().sessions.update({ ...draft, id })),
    onSuccess: (saved) => {
      // The open editor keeps its own draft: store the fresh copy instead of refetching it.
      client.setQueryData(sessionKeys.detail(saved.id), saved)
      void client.invalidateQueries({ queryKey: sessionKeys.list(), exact: true })
      void client.invalidateQueries({ queryKey: sessionKeys.openActionItems() })
    },
  })
}

export function useDeleteSessionMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(tandem().sessions.delete({ id })),
    // Goals, skills and reflections lose their link to the session.
    meta: { dropsLinksIn: [goalKeys.all, skillKeys.all, reflectionKeys.all] },
    onSuccess: (_void, id) => {
      client.removeQueries({ queryKey: sessionKeys.detail(id) })
      return client.invalidateQueries({ queryKey: sessionKeys.all })
    },
  })
}

export function useSetActionItemDoneMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { sessionId: string; itemId: string; done: boolean }) =>
      unwrap(tandem().sessions.setActionItemDone(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKeys.all }),
  })
}
