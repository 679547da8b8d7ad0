/**
 * Opens the search dialog from outside it (a menu item, Ctrl/Cmd+K): the command runner calls
 * `openSearch()`, the dialog's host listens. A tiny event rather than state, as the dialog owns
 * whether it is open.
 */
const listeners = new Set<() => void>()

export function openSearch(): void {
  for (const listener of listeners) listener()
}

export function onOpenSearch(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
