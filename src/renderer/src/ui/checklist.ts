import { useEffect, useId, useRef } from 'react'
import { dismissNotice, showNotice } from '../lib/notices'

/**
 * A to-do line as an editor holds it (a session's action item, a goal's milestone): `key` is local,
 * the stored id arrives after the first save (keys of loaded lines already are their ids).
 */
export interface ChecklistItem {
  key: string
  text: string
  done: boolean
  due: string | null
}

/** Lines with no text stay on screen while being typed but are not sent. */
export function sentLines<T extends { text: string }>(items: T[]): T[] {
  return items.filter((item) => item.text.trim() !== '')
}

/** After a save: main answered the sent lines in order, so each local key learns its stored id. */
export function rememberStoredIds(
  storedIds: Map<string, string>,
  sent: ReadonlyArray<{ key: string }>,
  stored: ReadonlyArray<{ id: string }>,
) {
  sent.forEach((line, index) => {
    const id = stored[index]?.id
    if (id) storedIds.set(line.key, id)
  })
}

/**
 * The save error that belongs to the line with `key`: main names a line by its place among the sent
 * lines (`actionItems.2.text`), the editor by its key.
 */
export function lineError(
  error: { field: string | undefined; message: string } | null,
  prefix: string,
  sent: ReadonlyArray<{ key: string }>,
  key: string,
): string | undefined {
  if (!error?.field?.startsWith(`${prefix}.`)) return undefined
  const index = Number(error.field.split('.')[1])
  return sent[index]?.key === key ? error.message : undefined
}

/**
 * Change, add (Enter or the button; the new line takes focus) and remove lines of a checklist. A removed
 * line that had text gets an Undo notice: it goes back in its place with its key, so the next save sends
 * its stored id and main returns it whole (same id, same ticked time). The Undo lasts while this editor
 * is open; closing it takes the notice away, since nothing is left to put the line back into.
 */
export function useChecklist<T extends ChecklistItem>(
  items: T[],
  onChange: (items: T[]) => void,
  /** What a line is called in the notice: "Action item", "Milestone". */
  noun = 'Line',
) {
  const id = useId()
  const inputId = (key: string) => `${id}-${key}`
  const latest = useRef({ items, onChange })
  latest.current = { items, onChange }
  const notice = useRef<number | null>(null)
  useEffect(
    () => () => {
      if (notice.current !== null) dismissNotice(notice.current)
    },
    [],
  )
  return {
    inputId,
    update(key: string, patch: Partial<ChecklistItem>) {
      onChange(items.map((item) => (item.key === key ? { ...item, ...patch } : item)))
    },
    add() {
      const key = crypto.randomUUID()
      onChange([...items, { key, text: '', done: false, due: null } as T])
      // Focus the new line once React has drawn it.
      requestAnimationFrame(() => document.getElementById(inputId(key))?.focus())
    },
    remove(key: string) {
      const index = items.findIndex((item) => item.key === key)
      const removed = items[index]
      onChange(items.filter((item) => item.key !== key))
      if (!removed || removed.text.trim() === '') return
      notice.current = showNotice({
        message: `${noun} removed.`,
        notes: [],
        undo: async () => {
          const now = latest.current
          if (!now.items.some((item) => item.key === key))
            now.onChange([...now.items.slice(0, index), removed, ...now.items.slice(index)])
          return { message: `${noun} “${removed.text.trim()}” is back.`, notes: [] }
        },
      })
    },
  }
}
