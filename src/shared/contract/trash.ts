import { z } from 'zod'
import { Id } from '../domain/common'
import type { Restored, TrashItem } from '../domain/trash'
import { channel } from './channel'

export const trashChannels = {
  /** What is in the trash, newest delete first; entries older than 30 days are gone and not listed. */
  'trash:list': channel(z.undefined()).returns<TrashItem[]>(),
  /**
   * Puts an item back with every link the delete dropped (Undo right after a delete is this call, with
   * the delete's `trashId`, which is the id of what was deleted). Says in `notes` what could not come back.
   */
  'trash:restore': channel(z.object({ id: Id })).returns<Restored>(),
  /** Deletes one item for good. */
  'trash:remove': channel(z.object({ id: Id })).returns<{ removed: number }>(),
  /** Deletes everything in the trash for good (the screen asks first). */
  'trash:empty': channel(z.undefined()).returns<{ removed: number }>(),
}
