import { useState } from 'react'
import { type ImportRecord, importSourceLabels } from '../../../../shared/contract/import'
import { messageOf } from '../../lib/client'
import { formatMoment, formatNumber } from '../../lib/dates'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { useImportHistory, useUndoImportMutation } from './import-queries'

const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`

function whatItWrote(r: ImportRecord): string {
  return [
    r.sessions > 0 ? count(r.sessions, 'session', 'sessions') : null,
    r.reflections > 0 ? count(r.reflections, 'reflection', 'reflections') : null,
  ]
    .filter(Boolean)
    .join(' and ')
}

/** Every import the journal remembers; one not undone yet can be, in one step, after a confirmation. */
export function ImportHistory() {
  const history = useImportHistory()
  const undo = useUndoImportMutation()
  const [asked, setAsked] = useState<ImportRecord | null>(null)
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
              {whatItWrote(r)}
              {r.finishedAt === null && !r.undoneAt ? (
                <span className="muted"> · cut short: Tandem stopped while writing</span>
              ) : null}
              {r.undoneAt ? <span className="muted"> · undone</span> : null}
            </span>
            {!r.undoneAt && (
              <button
                type="button"
                className="button ghost"
                aria-label={`Undo the import of ${r.name} (${formatMoment(r.at)})`}
                disabled={undo.isPending}
                onClick={() => {
                  undo.reset()
                  setAsked(r)
                }}
              >
                Undo
              </button>
            )}
          </li>
        ))}
      </ul>
      {undo.isError && (
        <p className="field-error" role="alert">
          {messageOf(undo.error)}
        </p>
      )}
      <ConfirmDialog
        open={asked !== null}
        title="Undo this import?"
        message={
          asked
            ? `This takes out the ${whatItWrote(asked)} imported from ${asked.name}. Entries you have edited or linked since stay.`
            : ''
        }
        confirmLabel="Undo import"
        onCancel={() => setAsked(null)}
        onConfirm={() => {
          if (asked) undo.mutate(asked.id)
          setAsked(null)
        }}
      />
    </details>
  )
}
