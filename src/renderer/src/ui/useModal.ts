import { useEffect, useRef } from 'react'

/**
 * Shows a native <dialog> as a modal while `open` (focus trapped, Escape fires its cancel event) and
 * closes it otherwise. `onOpen` runs each time it opens, e.g. to start a form afresh.
 */
export function useModal(open: boolean, onOpen?: () => void) {
  const ref = useRef<HTMLDialogElement>(null)
  const onOpenRef = useRef(onOpen)
  onOpenRef.current = onOpen
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      onOpenRef.current?.()
      dialog.showModal()
    }
    if (!open && dialog.open) dialog.close()
  }, [open])
  return ref
}
