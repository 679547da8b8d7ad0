import { useEffect, useId, useState } from 'react'
import { MarkdownLayout, type ReportOptionsInput } from '../../../../shared/contract/export'
import { messageOf } from '../../lib/client'
import { useMarkdownExportMutation } from './mutations'

const layoutLabels: Record<MarkdownLayout, string> = {
  folder: 'A folder, one file per session',
  'single-file': 'One file',
}

export function MarkdownExport({
  options,
  layout,
  onLayout,
  disabled,
}: {
  options: ReportOptionsInput
  layout: MarkdownLayout
  onLayout(layout: MarkdownLayout): void
  disabled: boolean
}) {
  const id = useId()
  const run = useMarkdownExportMutation()
  // "Saved … to …" and errors belong to the choices they were made with: cleared when those change.
  const optionsKey = JSON.stringify({ options, layout })
  const [shownFor, setShownFor] = useState(optionsKey)
  useEffect(() => {
    if (optionsKey === shownFor) return
    setShownFor(optionsKey)
    if (!run.isPending) run.reset()
  }, [optionsKey, shownFor, run])
  return (
    <div className="export-action">
      <div className="row">
        <label htmlFor={`${id}-layout`} className="visually-hidden">
          Markdown layout
        </label>
        <select
          id={`${id}-layout`}
          value={layout}
          onChange={(e) => onLayout(MarkdownLayout.parse(e.target.value))}
        >
          {MarkdownLayout.options.map((value) => (
            <option key={value} value={value}>
              {layoutLabels[value]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={disabled || run.isPending}
          onClick={() => run.mutate({ ...options, layout })}
        >
          Export Markdown…
        </button>
      </div>
      {run.isError && (
        <p className="field-error" role="alert">
          {messageOf(run.error)}
        </p>
      )}
      {run.data && (
        <p className="export-result" role="status">
          Saved {run.data.files} Markdown {run.data.files === 1 ? 'file' : 'files'} to{' '}
          <code>{run.data.path}</code>
        </p>
      )}
    </div>
  )
}
