import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query'
import type { Deleted } from '../../../../shared/domain/trash'
import { tandem, unwrap } from '../../lib/client'
import { showNotice, type UndoOutcome } from '../../lib/notices'
import { goalKeys } from '../goals/queries'
import { partnerKeys } from '../partners/queries'
import { programKeys, promptKeys, reflectionKeys } from '../prompts/queries'
import { sessionKeys } from '../sessions/queries'
import { skillKeys } from '../skills/queries'
import { trashKeys } from './queries'

/**
 * A restore puts a record back with the links other records had to it, so every kind that can hold
 * or be such a link refreshes (and the day's prompt and reviews, which follow reflections).
 */
export function refreshAfterRestore(client: QueryClient) {
  const roots = [
    sessionKeys.all,
    goalKeys.all,
    skillKeys.all,
    reflectionKeys.all,
    programKeys.all,
    partnerKeys.all,
    promptKeys.all,
    trashKeys.all,
  ]
  return Promise.all(roots.map((queryKey) => client.invalidateQueries({ queryKey })))
}

/** Puts an item back from the trash (the Trash screen's Restore, and every Undo of a delete). */
export function useRestoreFromTrashMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(tandem().trash.restore({ id })),
    onSuccess: () => refreshAfterRestore(client),
  })
}

export function useRemoveFromTrashMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(tandem().trash.remove({ id })),
    onSuccess: () => client.invalidateQueries({ queryKey: trashKeys.all }),
  })
}

export function useEmptyTrashMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(tandem().trash.empty()),
    onSuccess: () => client.invalidateQueries({ queryKey: trashKeys.all }),
  })
}

/**
 * After a delete or a × remove: "Session deleted." with an Undo that takes it out of the trash again,
 * and whatever the delete could not finish yet. `message` names what was deleted.
 */
export function useDeletedNotice() {
  const restore = useRestoreFromTrashMutation()
  return (message: string, deleted: Deleted) =>
    showNotice({
      message,
      notes: deleted.warnings,
      undo: async (): Promise<UndoOutcome> => {
        const restored = await restore.mutateAsync(deleted.trashId)
        return { message: restored.message, notes: restored.notes }
      },
    })
}

/** The same notice for an item whose Undo is `trash:restore` with an id the screen already has (a check-in). */
export function useRemovedNotice() {
  const notice = useDeletedNotice()
  return (message: string, id: string) => notice(message, { trashId: id, warnings: [] })
}
