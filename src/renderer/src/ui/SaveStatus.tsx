import type { AutosaveState } from './useAutosave'

/** "Saving…", "Saved", or "Not saved" with the reason; announced politely to screen readers. */
export function SaveStatus({ state }: { state: AutosaveState }) {
  let text = ''
  let tone = 'muted'
  switch (state.status) {
    case 'idle':
      text = state.everSaved ? 'Saved' : ''
      break
    case 'pending':
    case 'saving':
      text = 'Saving…'
      break
    case 'saved':
      text = 'Saved'
      tone = 'ok'
      break
    case 'error':
      text = `Not saved — ${state.message}`
      tone = 'error'
      break
  }
  return (
    <output className={`save-status ${tone}`} aria-live="polite" data-status={state.status}>
      {text}
    </output>
  )
}
