import { useEffect } from 'react'
import type { RecordFocus } from '../../app/navigation'

/** How long a screen may take to show the record (it may be loading) before this gives up. */
const WAIT_MS = 3000

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Where `word` is in `text`: as a whole word first, else anywhere, ignoring case; null when absent. */
export function findMatch(text: string, word: string): [number, number] | null {
  if (word === '') return null
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu').exec(text)
  if (whole) return [whole.index, whole.index + whole[0].length]
  const at = text.toLocaleLowerCase().indexOf(word.toLocaleLowerCase())
  return at < 0 ? null : [at, at + word.length]
}

/** Focuses a field and selects the match in it, scrolled so the selection shows. */
function selectInField(field: HTMLInputElement | HTMLTextAreaElement, matchText: string): void {
  const match = findMatch(field.value, matchText)
  field.scrollIntoView({ block: 'center' })
  field.focus({ preventScroll: true })
  if (!match) return
  field.setSelectionRange(match[0], match[1])
  if (field instanceof HTMLTextAreaElement) {
    // A textarea does not scroll itself to a selection set from script: put the line in the middle.
    const lineHeight = Number.parseFloat(getComputedStyle(field).lineHeight) || 20
    const line = field.value.slice(0, match[0]).split('\n').length - 1
    field.scrollTop = Math.max(0, line * lineHeight - field.clientHeight / 2)
  }
}

/** Selects the first text on the screen with the match in it (a milestone, a practice note, a name). */
function selectInText(area: HTMLElement, matchText: string): boolean {
  const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const match = findMatch(node.textContent ?? '', matchText)
    const parent = node.parentElement
    if (!match || !parent || parent.closest('[hidden], [aria-hidden="true"]')) continue
    const range = document.createRange()
    range.setStart(node, match[0])
    range.setEnd(node, match[1])
    // Focus goes there too (it may still be on a field from before), then the words are selected.
    const holder = parent.closest<HTMLElement>('li, p, dd, h1, h2, h3') ?? parent
    if (!holder.hasAttribute('tabindex')) holder.setAttribute('tabindex', '-1')
    holder.focus({ preventScroll: true })
    parent.scrollIntoView({ block: 'center' })
    const selection = window.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
    return true
  }
  return false
}

/**
 * Opens a record at the match: when the route carries a focus, waits for the screen to show the
 * record, then focuses the field marked `data-search-field` (the entry marked `data-search-entry`
 * in a list) and selects the matching words; a screen without such fields gets the words selected
 * where they show. Runs on each arrival, as the focus rule does (app/focus.ts), which keeps a focus
 * put inside the screen.
 */
export function useFocusAtMatch(
  focus: RecordFocus | undefined,
  arrival: number,
  area: () => HTMLElement | null,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `arrival` re-runs it on each arrival (Back to a result opens it at the match again)
  useEffect(() => {
    const main = area()
    if (!focus || !main) return
    const place = (): boolean => {
      const fields = Array.from(
        main.querySelectorAll<HTMLElement>(`[data-search-field="${CSS.escape(focus.field)}"]`),
      )
      const field =
        (focus.entryId && fields.find((el) => el.dataset.searchEntry === focus.entryId)) || fields[0]
      if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
        selectInField(field, focus.matchText)
        return true
      }
      // The record is shown once its heading is: only then is its text worth looking through.
      if (!main.querySelector('h1')) return false
      return selectInText(main, focus.matchText)
    }
    const observer = new MutationObserver(() => {
      if (place()) stop()
    })
    const timer = window.setTimeout(() => stop(), WAIT_MS)
    // A frame later: the search dialog closes in this same render and gives focus back to where it
    // was, which would undo a focus put on the match now.
    const frame = requestAnimationFrame(() => {
      if (place()) stop()
      else observer.observe(main, { childList: true, subtree: true })
    })
    function stop() {
      cancelAnimationFrame(frame)
      observer.disconnect()
      window.clearTimeout(timer)
    }
    return stop
  }, [focus, arrival, area])
}
