import { useId } from 'react'
import { messageOf } from '../../lib/client'
import { useShowJournalFolderMutation } from './mutations'
import { useJournalFolder } from './queries'

/** Where the journal is kept, and a way to see it in the file manager. */
export function JournalFolder() {
  const folder = useJournalFolder()
  const show = useShowJournalFolderMutation()
  const id = useId()
  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Journal folder</h2>
      <p className="muted">Everything you write is kept in this folder on this computer.</p>
      {folder.isError ? (
        <p className="field-error">{messageOf(folder.error)}</p>
      ) : (
        <p>
          <code className="settings-path">{folder.data ?? '…'}</code>
        </p>
      )}
      <div className="row">
        <button type="button" className="button" disabled={show.isPending} onClick={() => show.mutate()}>
          Show in file manager
        </button>
      </div>
      {show.isError && (
        <p className="field-error" role="alert">
          {messageOf(show.error)}
        </p>
      )}
    </section>
  )
}
