import { useEffect, useState } from 'react'
import type { ReportOptionsInput } from '../../../../shared/contract/export'
import { messageOf } from '../../lib/client'
import { useCancelExportMutation, useOpenPdfMutation, useStartPdfMutation } from './mutations'
import { useExportJob } from './queries'

/** "Export PDF…", then progress with Cancel, then where it went and "Open the PDF". */
export function PdfExport({ options, disabled }: { options: ReportOptionsInput; disabled: boolean }) {
  const start = useStartPdfMutation()
  const [jobId, setJobId] = useState<string | null>(null)
  const job = useExportJob(jobId)
  const cancel = useCancelExportMutation()
  const open = useOpenPdfMutation()
  const status = job.data
  const running = jobId !== null && !job.isError && (status === undefined || !status.done)
  // A result or error belongs to the choices it was made with: once they change, it is cleared.
  const optionsKey = JSON.stringify(options)
  const [shownFor, setShownFor] = useState(optionsKey)
  useEffect(() => {
    if (optionsKey === shownFor) return
    setShownFor(optionsKey)
    // Choices changed while the PDF is made belong to the next export: its outcome still shows.
    if (running) return
    setJobId(null)
    start.reset()
    open.reset()
  }, [optionsKey, shownFor, running, start, open])

  async function begin() {
    open.reset()
    try {
      const started = await start.mutateAsync(options)
      if (started) setJobId(started.jobId)
    } catch {
      // Shown below from start.error.
    }
  }

  return (
    <div className="export-action">
      <button
        type="button"
        className="button primary"
        disabled={disabled || running || start.isPending}
        onClick={begin}
      >
        Export PDF…
      </button>
      {start.isError && (
        <p className="field-error" role="alert">
          {messageOf(start.error)}
        </p>
      )}
      {running && (
        <div className="export-progress">
          <progress max={100} value={status?.percent ?? 0} aria-label="PDF export progress" />
          <span className="muted" aria-live="polite">
            {status?.label ?? 'Starting'}…
          </span>
          <button
            type="button"
            className="button ghost"
            disabled={cancel.isPending}
            onClick={() => jobId && cancel.mutate(jobId)}
          >
            Cancel
          </button>
        </div>
      )}
      {status?.stage === 'done' && jobId && (
        <div className="export-result" role="status">
          <span>
            Saved {status.pages} {status.pages === 1 ? 'page' : 'pages'} to <code>{status.outputPath}</code>
          </span>
          <button type="button" className="button" onClick={() => open.mutate(jobId)}>
            Open the PDF
          </button>
          {open.isError && <span className="field-error">{messageOf(open.error)}</span>}
        </div>
      )}
      {job.isError && (
        <p className="field-error" role="alert">
          {messageOf(job.error)}
        </p>
      )}
      {status?.done && status.stage !== 'done' && (
        <p className={status.stage === 'failed' ? 'field-error' : 'muted'} role="status">
          {status.error}
        </p>
      )}
    </div>
  )
}
