import type { ReactNode } from 'react'

interface Props {
  /** "All sessions", "All goals"…: where the back button goes. */
  backLabel: string
  onBack(): void
  /** The screen's one h1: what is being edited ("Session", "New goal"); the title field holds its name. */
  heading: string
  /** Beside the heading: the save status. */
  status?: ReactNode
  /** The record's own actions; the delete button comes last. */
  actions?: ReactNode
  deleteLabel: string
  /**
   * Absent while there is nothing to delete (a new record not saved yet): the button is not shown, so a
   * double click on "New …" cannot land on "Delete …" drawn in the same place.
   */
  onDelete?: () => void
  /** Why the last delete failed, in words. */
  deleteError: string | null
}

/** The top bar every editor shares: back, save status, actions, delete — and a failed delete said plainly. */
export function EditorHeader({
  backLabel,
  onBack,
  heading,
  status,
  actions,
  deleteLabel,
  onDelete,
  deleteError,
}: Props) {
  return (
    <>
      <header className="editor-header">
        <button type="button" className="button ghost" onClick={onBack}>
          ← {backLabel}
        </button>
        <div className="editor-heading-group">
          <h1 className="editor-heading">{heading}</h1>
          {status}
        </div>
        <div className="row">
          {actions}
          {onDelete && (
            <button type="button" className="button danger-ghost" onClick={onDelete}>
              {deleteLabel}
            </button>
          )}
        </div>
      </header>
      {deleteError && (
        <p className="banner warning" role="alert">
          {deleteError}
        </p>
      )}
    </>
  )
}
