import { useMemo, useState } from 'react'
import { momentLabels, type PromptView, sideLabels, themeLabels } from '../../../../shared/domain/prompt'
import { useNavigation } from '../../app/navigation'
import { messageOf } from '../../lib/client'
import { LoadError } from '../../ui/LoadError'
import { CustomPromptForm } from './CustomPromptForm'
import { matches, type ThemeMomentFilter, ThemeMomentFilters } from './filters'
import { useSetPromptFlagMutation } from './mutations'
import { PromptPreferences } from './PromptPreferences'
import { usePromptLibrary } from './queries'
import { newReflectionRoute } from './routes'

/** Pinned first, then the user's own prompts, then the built-in library. */
function order(a: PromptView, b: PromptView): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1
  if (a.source !== b.source) return a.source === 'custom' ? -1 : 1
  return 0
}

export function PromptLibraryScreen() {
  const library = usePromptLibrary()
  const [filter, setFilter] = useState<ThemeMomentFilter>({ theme: '', moment: '' })
  const [showHidden, setShowHidden] = useState(false)
  const [editing, setEditing] = useState<PromptView | 'new' | null>(null)

  const shown = useMemo(
    () =>
      (library.data?.prompts ?? [])
        .filter((p) => matches(filter, p) && (showHidden || (!p.hidden && !p.archived)))
        .sort(order),
    [library.data, filter, showHidden],
  )

  if (library.isPending) return <p className="muted loading">Opening the prompt library…</p>
  if (library.isError) return <LoadError error={library.error} />

  return (
    <div className="screen prompt-library">
      <header className="screen-header">
        <div>
          <h1>Prompt library</h1>
          <p className="muted">
            {library.data.prompts.filter((p) => !p.hidden && !p.archived).length} prompts for both sides of
            the relationship
          </p>
        </div>
        <button type="button" className="button primary" onClick={() => setEditing('new')}>
          New prompt
        </button>
      </header>
      {editing !== null && (
        <CustomPromptForm
          key={editing === 'new' ? 'new' : editing.id}
          editing={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      <PromptPreferences settings={library.data.settings} />
      <div className="row library-filters">
        <ThemeMomentFilters value={filter} onChange={setFilter} />
        <label className="checkbox">
          <input type="checkbox" checked={showHidden} onChange={(e) => setShowHidden(e.target.checked)} />
          Show hidden and archived
        </label>
      </div>
      {shown.length === 0 && <p className="muted">No prompt matches these filters.</p>}
      <ul className="prompt-list">
        {shown.map((prompt) => (
          <PromptRow key={prompt.id} prompt={prompt} onEdit={() => setEditing(prompt)} />
        ))}
      </ul>
    </div>
  )
}

function PromptRow({ prompt, onEdit }: { prompt: PromptView; onEdit(): void }) {
  const nav = useNavigation()
  const setFlag = useSetPromptFlagMutation()
  const flag = (f: 'hidden' | 'pinned' | 'archived', value: boolean) =>
    setFlag.mutate({ flag: f, id: prompt.id, value })
  const dimmed = prompt.hidden || prompt.archived
  return (
    <li className={dimmed ? 'prompt-row dimmed' : 'prompt-row'}>
      <div className="prompt-body">
        <p className="prompt-text">{prompt.text}</p>
        <div className="row prompt-tags">
          <span className="chip small">{themeLabels[prompt.theme]}</span>
          <span className="badge subtle">{momentLabels[prompt.moment]}</span>
          <span className="badge subtle">{sideLabels[prompt.side]}</span>
          {prompt.source === 'custom' && <span className="badge">Yours</span>}
          {prompt.pinned && <span className="badge">Pinned</span>}
          {prompt.hidden && <span className="badge subtle">Hidden</span>}
          {prompt.archived && <span className="badge subtle">Archived</span>}
        </div>
        {setFlag.isError && <p className="field-error">{messageOf(setFlag.error)}</p>}
      </div>
      <div className="prompt-actions">
        {!dimmed && (
          <button
            type="button"
            className="button primary small"
            onClick={() => nav.go(newReflectionRoute(prompt.id))}
          >
            Answer
          </button>
        )}
        <button
          type="button"
          className="button ghost small"
          aria-pressed={prompt.pinned}
          onClick={() => flag('pinned', !prompt.pinned)}
        >
          {prompt.pinned ? 'Unpin' : 'Pin'}
        </button>
        {prompt.source === 'custom' ? (
          <>
            <button type="button" className="button ghost small" onClick={onEdit}>
              Edit
            </button>
            <button
              type="button"
              className="button ghost small"
              onClick={() => flag('archived', !prompt.archived)}
            >
              {prompt.archived ? 'Restore' : 'Archive'}
            </button>
          </>
        ) : (
          <button type="button" className="button ghost small" onClick={() => flag('hidden', !prompt.hidden)}>
            {prompt.hidden ? 'Show' : 'Hide'}
          </button>
        )}
      </div>
    </li>
  )
}
