import { useId } from 'react'
import { useModal } from './useModal'

interface Props {
  open: boolean
  title: string
  message: string
  confirmLabel: string
  onConfirm(): void
  onCancel(): void
}

/** A modal question on the native <dialog>: focus is trapped, Escape cancels, the safe choice is focused. */
export function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onCancel }: Props) {
  const ref = useModal(open)
  // Ids of its own: a screen may hold more than one dialog.
  const id = useId()
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-message`}>{message}</p>
      <div className="dialog-actions">
        {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when the dialog opens. */}
        <button type="button" className="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
