import { useEffect, useState } from 'react'
import { SaveStatus } from '../../src/renderer/src/ui/SaveStatus'
import { useAutosave } from '../../src/renderer/src/ui/useAutosave'

interface Props {
  initial: string
  save: (value: string) => Promise<boolean>
  /** Marks the initial text as already stored, as an editor does after loading. */
  loaded?: boolean
  field?: string
}

/** A one-field editor built the way the real editors are: a text box, useAutosave and SaveStatus. */
export function AutosaveHarness({ initial, save, loaded = false, field = 'title' }: Props) {
  const [text, setText] = useState(initial)
  const autosave = useAutosave(text, save)
  const { markSaved } = autosave
  useEffect(() => {
    if (loaded) markSaved(initial)
  }, [loaded, markSaved, initial])
  const error = autosave.errorAt(field)
  return (
    <form aria-label="Editor">
      <label>
        Title
        <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      {error ? <p role="alert">{error}</p> : null}
      <SaveStatus state={autosave.state} />
    </form>
  )
}
