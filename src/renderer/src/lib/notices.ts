import { useSyncExternalStore } from 'react'

/** What an Undo reports once it has run: a sentence, and what could not come back (each in words). */
export interface UndoOutcome {
  message: string
  notes: string[]
}

/**
 * A short, polite message about something that just happened ("Session deleted."), with its warnings
 * and, when the change can be taken back, an Undo. The app shows one at a time (app/NoticeHost.tsx).
 */
export interface Notice {
  id: number
  message: string
  notes: string[]
  undo?: () => Promise<UndoOutcome>
}

type Listener = () => void

let current: Notice | null = null
let nextId = 1
const listeners = new Set<Listener>()

function emit(): void {
  for (const listener of listeners) listener()
}

/** Shows a notice in place of the one on screen (the newer change is the one the user can undo). */
export function showNotice(notice: Omit<Notice, 'id'>): number {
  current = { ...notice, id: nextId++ }
  emit()
  return current.id
}

/** Takes the notice `id` away; a newer one stays. */
export function dismissNotice(id: number): void {
  if (current?.id !== id) return
  current = null
  emit()
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useNotice(): Notice | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  )
}
