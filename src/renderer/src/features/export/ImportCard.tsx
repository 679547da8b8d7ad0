import { useEffect, useId, useRef, useState } from 'react'
import {
  type ImportMapping,
  type ImportPreview,
  ImportSource,
  importSourceLabels,
} from '../../../../shared/contract/import'
import { messageOf } from '../../lib/client'
import { formatShortDate } from '../../lib/dates'
import { usePartners } from '../partners/queries'
import { ImportHistory } from './ImportHistory'
import { ImportMappingFields } from './ImportMappingFields'
import {
  useImportJob,
  useImportPreviewMutation,
  usePickImportMutation,
  useRefreshAfterImport,
  useStartImportMutation,
  useUndoImportMutation,
} from './import-queries'

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`

function mappingFor(preview: ImportPreview): ImportMapping {
  return {
    as: 'sessions',
    partner: preview.namesPartners ? { kind: 'as-written' } : { kind: 'none' },
    tagsAsTopics: true,
    duplicates: 'skip',
  }
}

/** Entries from another journal app: pick, look at the preview, choose what they become, then import. */
export function ImportCard() {
  const id = useId()
  const partners = usePartners()
  const pick = usePickImportMutation()
  const previewer = useImportPreviewMutation()
  const start = useStartImportMutation()
  const undo = useUndoImportMutation()
  const refresh = useRefreshAfterImport()
  const [source, setSource] = useState<ImportSource>('dayone')
  const [mapping, setMapping] = useState<ImportMapping | null>(null)
  const [jobId, setJobId] = useState<string | null>(null)
  const job = useImportJob(jobId)
  const status = job.data
  const preview = previewer.data ?? pick.data ?? null
  const running = jobId !== null && status?.done !== true

  const done = status?.done === true
  // Once, when the import finishes: every screen's data changed under it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh is a new function each render; the finish is the trigger
  useEffect(() => {
    if (done) void refresh()
  }, [done])
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(
    () => () => {
      if (typing.current) clearTimeout(typing.current)
    },
    [],
  )

  const choose = () => {
    setJobId(null)
    previewer.reset()
    start.reset()
    undo.reset()
    pick.mutate(source, { onSuccess: (picked) => setMapping(picked ? mappingFor(picked) : null) })
  }
  const change = (asked: ImportMapping) => {
    // A reflection has no partner: a half-typed new partner's name must not hold the import back.
    const next: ImportMapping = asked.as === 'reflections' ? { ...asked, partner: { kind: 'none' } } : asked
    setMapping(next)
    start.reset()
    if (!preview) return
    if (typing.current) clearTimeout(typing.current)
    const ask = () => previewer.mutate({ token: preview.token, mapping: next })
    // Each preview re-reads the whole plan in main: a name being typed is asked about once it rests.
    if (next.partner.kind === 'new') typing.current = setTimeout(ask, 350)
    else ask()
  }
  const cancel = () => {
    pick.reset()
    previewer.reset()
    setMapping(null)
  }
  const begin = () => {
    if (!preview || !mapping) return
    start.mutate(
      { token: preview.token, mapping },
      {
        onSuccess: ({ jobId: started }) => {
          setJobId(started)
          pick.reset()
          previewer.reset()
        },
      },
    )
  }

  return (
    <section className="card export-card" aria-labelledby="import-title">
      <h2 id="import-title">Bring in another journal</h2>
      <p className="muted">
        Entries from Day One, jrnl or a folder of Markdown files (Tandem’s own Markdown export too) become
        sessions or reflections. You see what will come in before anything is written, Tandem backs your
        journal up first, and the whole import can be undone.
      </p>
      <div className="export-row">
        <div className="field">
          <label htmlFor={`${id}-source`}>From</label>
          <select
            id={`${id}-source`}
            value={source}
            disabled={running}
            onChange={(e) => setSource(ImportSource.parse(e.target.value))}
          >
            {ImportSource.options.map((s) => (
              <option key={s} value={s}>
                {importSourceLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={pick.isPending || running} onClick={choose}>
          {source === 'markdown' ? 'Choose folder…' : 'Choose file…'}
        </button>
      </div>
      {pick.isPending && <p className="muted">Reading…</p>}
      {pick.isError && (
        <p className="banner-inline" role="alert">
          {messageOf(pick.error)}
        </p>
      )}
      {preview && mapping && (
        <section className="import-preview" aria-labelledby={`${id}-preview-title`}>
          <h3 id={`${id}-preview-title`}>{preview.name}</h3>
          <p className="import-counts" aria-live="polite">
            {plural(preview.found, 'entry', 'entries')} found
            {preview.from && preview.to
              ? `, from ${formatShortDate(preview.from)} to ${formatShortDate(preview.to)}`
              : ''}
            . <strong>{plural(preview.toImport, 'entry', 'entries')} will be imported</strong>
            {preview.skipped.length > 0 ? `; ${preview.skipped.length} left out` : ''}
            {preview.duplicates.length > 0 ? `; ${preview.duplicates.length} already in your journal` : ''}.
          </p>
          <ImportMappingFields
            preview={preview}
            mapping={mapping}
            partners={partners.data ?? []}
            onChange={change}
            error={previewer.isError ? messageOf(previewer.error) : null}
          />
          {preview.attachmentsIgnored > 0 && (
            <p className="muted">
              {plural(preview.attachmentsIgnored, 'photo or attachment', 'photos and attachments')} stay
              behind: Tandem keeps the text.
            </p>
          )}
          {preview.notes.map((note) => (
            <p key={note} className="muted">
              {note}
            </p>
          ))}
          {preview.newPartners.length > 0 && (
            <p className="muted">New partners: {preview.newPartners.join(', ')}.</p>
          )}
          {preview.skipped.length > 0 && (
            <details className="import-list">
              <summary>Left out ({preview.skipped.length})</summary>
              <ul>
                {preview.skipped.map((skip) => (
                  <li key={`${skip.where}-${skip.reason}`}>
                    <strong>{skip.where}</strong>: {skip.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {preview.sample.length > 0 && (
            <details className="import-list">
              <summary>First entries</summary>
              <ul>
                {preview.sample.map((s) => (
                  <li key={`${s.date}-${s.title}`}>
                    {formatShortDate(s.date)}: {s.title || 'Untitled'}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="row">
            <button
              type="button"
              className="button primary"
              disabled={preview.toImport === 0 || start.isPending || previewer.isPending || previewer.isError}
              onClick={begin}
            >
              Import {plural(preview.toImport, 'entry', 'entries')}
            </button>
            <button type="button" className="button ghost" onClick={cancel}>
              Cancel
            </button>
          </div>
          {start.isError && (
            <p className="field-error" role="alert">
              {messageOf(start.error)}
            </p>
          )}
        </section>
      )}
      {running && (
        <div className="export-progress">
          <progress max={100} value={status?.percent ?? 0} aria-label="Import progress" />
          <span className="muted" aria-live="polite">
            {status?.label ?? 'Starting'}…
          </span>
        </div>
      )}
      {status?.stage === 'done' && status.result && (
        <div className="export-result" role="status">
          <span>
            Imported{' '}
            {[
              status.result.sessions > 0 ? plural(status.result.sessions, 'session') : null,
              status.result.reflections > 0 ? plural(status.result.reflections, 'reflection') : null,
            ]
              .filter(Boolean)
              .join(' and ')}
            {status.result.partners > 0 ? `, with ${plural(status.result.partners, 'new partner')}` : ''}.
            Your journal as it was is saved among your backups.
          </span>
          {!undo.isSuccess && (
            <button
              type="button"
              className="button"
              disabled={undo.isPending}
              onClick={() => status.result && undo.mutate(status.result.importId)}
            >
              Undo this import
            </button>
          )}
        </div>
      )}
      {status?.stage === 'failed' && (
        <p className="field-error" role="alert">
          {status.error}
        </p>
      )}
      {undo.isSuccess && (
        <p className="export-result" role="status">
          The import was undone.
          {undo.data.keptEdited > 0
            ? ` ${plural(undo.data.keptEdited, 'entry', 'entries')} you edited since ${undo.data.keptEdited === 1 ? 'was' : 'were'} kept.`
            : ''}
        </p>
      )}
      {undo.isError && (
        <p className="field-error" role="alert">
          {messageOf(undo.error)}
        </p>
      )}
      <ImportHistory />
    </section>
  )
}
