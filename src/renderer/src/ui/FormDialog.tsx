import { type FormEvent, type ReactNode, useId } from 'react'
import { useModal } from './useModal'

interface Props {
  open: boolean
  title: string
  submitLabel: string
  pending: boolean
  /** A problem that belongs to no single field, shown above the buttons. */
  error: string | null | undefined
  className?: string
  /** Runs each time the dialog opens, to start the form afresh. */
  onOpen?(): void
  onSubmit(): void
  onClose(): void
  children: ReactNode
}

/** A small form in a modal <dialog>: a title, the fields, and Cancel / submit. Escape cancels. */
export function FormDialog(props: Props) {
  const { open, title, submitLabel, pending, error, className, onOpen, onSubmit, onClose, children } = props
  const ref = useModal(open, onOpen)
  const id = useId()
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault()
          onSubmit()
        }}
        noValidate
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={pending}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  )
}
