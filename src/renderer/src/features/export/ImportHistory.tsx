import { importSourceLabels } from '../../../../shared/contract/import'
import { formatMoment } from '../../lib/dates'
import { useImportHistory, useUndoImportMutation } from './import-queries'

/** Every import the journal remembers; one not undone yet can be, in one step. */
export function ImportHistory() {
  const history = useImportHistory()
  const undo = useUndoImportMutation()
  const records = history.data ?? []
  if (records.length === 0) return null
  return (
    <details className="import-list">
      <summary>Earlier imports ({records.length})</summary>
      <ul className="import-history">
        {records.map((r) => (
          <li key={r.id}>
            <span>
              {formatMoment(r.at)}: {r.name} <span className="muted">({importSourceLabels[r.source]})</span>,{' '}
              {r.sessions} sessions, {r.reflections} reflections
              {r.undoneAt ? <span className="muted"> · undone</span> : null}
            </span>
            {!r.undoneAt && (
              <button
                type="button"
                className="button ghost"
                disabled={undo.isPending}
                onClick={() => undo.mutate(r.id)}
              >
                Undo
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  )
}
