import { useState } from 'react'
import type { TrashItem } from '../../../../shared/domain/trash'
import { messageOf } from '../../lib/client'
import { formatDayOf } from '../../lib/dates'
import { showNotice } from '../../lib/notices'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { EmptyState } from '../../ui/EmptyState'
import { LoadError } from '../../ui/LoadError'
import { kindLabels, linkedFromText } from './labels'
import { useEmptyTrashMutation, useRemoveFromTrashMutation, useRestoreFromTrashMutation } from './mutations'
import { useTrash } from './queries'

type Asking = { what: 'remove'; item: TrashItem } | { what: 'empty' } | null

/** Deleted items for 30 days: put one back with its links, or let it go for good. */
export function TrashScreen() {
  const trash = useTrash()
  const restore = useRestoreFromTrashMutation()
  const remove = useRemoveFromTrashMutation()
  const empty = useEmptyTrashMutation()
  const [asking, setAsking] = useState<Asking>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const items = trash.data ?? []

  async function run<T>(write: () => Promise<T>): Promise<T | undefined> {
    setProblem(null)
    try {
      return await write()
    } catch (e) {
      setProblem(messageOf(e))
      return undefined
    }
  }

  async function restoreItem(item: TrashItem) {
    const restored = await run(() => restore.mutateAsync(item.id))
    if (restored) showNotice({ message: restored.message, notes: restored.notes })
  }

  async function confirm() {
    const question = asking
    setAsking(null)
    if (question?.what === 'remove') await run(() => remove.mutateAsync(question.item.id))
    if (question?.what === 'empty') await run(() => empty.mutateAsync())
  }

  return (
    <div className="screen trash">
      <header className="screen-header">
        <div>
          <h1>Trash</h1>
          <p className="muted">
            What you delete waits here for 30 days. Restore puts it back with its links.
          </p>
        </div>
        {items.length > 0 && (
          <button type="button" className="button danger-ghost" onClick={() => setAsking({ what: 'empty' })}>
            Empty trash
          </button>
        )}
      </header>
      {problem && (
        <p className="banner warning" role="alert">
          {problem}
        </p>
      )}
      {trash.isError ? (
        <LoadError error={trash.error} />
      ) : trash.isPending ? (
        <p className="muted loading">Opening the trash…</p>
      ) : items.length === 0 ? (
        <EmptyState title="The trash is empty">
          <p>When you delete a session, a goal or anything else, it waits here for 30 days.</p>
        </EmptyState>
      ) : (
        <ul className="trash-list" aria-label="Deleted items">
          {items.map((item) => (
            <li key={item.id} className="card trash-row">
              <div className="trash-what">
                <span className="badge subtle">{kindLabels[item.kind]}</span>
                <strong className="trash-title">{item.title}</strong>
                {item.parentTitle && <span className="muted">in {item.parentTitle}</span>}
              </div>
              {item.linkedFrom.length > 0 && <p className="trash-links">{linkedFromText(item.linkedFrom)}</p>}
              <p className="muted trash-dates">
                Deleted {formatDayOf(item.deletedAt)} · kept until {formatDayOf(item.expiresAt)}
              </p>
              <div className="row trash-actions">
                <button
                  type="button"
                  className="button"
                  aria-label={`Restore ${item.title}`}
                  disabled={restore.isPending}
                  onClick={() => void restoreItem(item)}
                >
                  Restore
                </button>
                <button
                  type="button"
                  className="button danger-ghost"
                  aria-label={`Remove for good: ${item.title}`}
                  onClick={() => setAsking({ what: 'remove', item })}
                >
                  Remove for good
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={asking?.what === 'empty' ? 'Empty the trash?' : 'Remove this for good?'}
        message={
          asking?.what === 'empty'
            ? `The ${items.length === 1 ? 'item' : `${items.length} items`} in the trash will be gone for good. This cannot be undone.`
            : asking?.what === 'remove'
              ? `“${asking.item.title}” will be gone for good. This cannot be undone.`
              : ''
        }
        confirmLabel={asking?.what === 'empty' ? 'Empty trash' : 'Remove for good'}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(null)}
      />
    </div>
  )
}
