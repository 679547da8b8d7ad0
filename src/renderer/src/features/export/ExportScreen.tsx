import { useState } from 'react'
import { TandemClientError } from '../../lib/client'
import { useGoals } from '../goals/queries'
import { usePartners } from '../partners/queries'
import { useLockStatus } from '../settings/queries'
import { BackupCard } from './BackupCard'
import { type ExportForm, initialForm, toOptions } from './form'
import { ImportCard } from './ImportCard'
import { MarkdownExport } from './MarkdownExport'
import { PdfExport } from './PdfExport'
import { useReportPreview, useReportSections } from './queries'
import { ReportOptionsForm } from './ReportOptionsForm'

export function ExportScreen() {
  const sections = useReportSections()
  const encrypted = useLockStatus().data?.encrypted === true
  return (
    <div className="screen export">
      <header className="screen-header">
        <div>
          <h1>Export</h1>
          <p className="muted">
            A progress report to share, your notes as Markdown, a backup of everything, or entries from
            another journal.
          </p>
        </div>
      </header>
      {encrypted && (
        <p className="banner" role="note">
          Your journal is encrypted, but what you export here is not: anyone who opens a PDF or Markdown file
          can read it. Backups stay encrypted: an ordinary one opens only in this journal, one made for
          another computer only with the passphrase you give it.
        </p>
      )}
      {sections.data ? (
        <ReportCard sectionIds={sections.data.map((s) => s.id)} />
      ) : (
        <p className="muted loading">Opening your journal…</p>
      )}
      <BackupCard encrypted={encrypted} />
      <ImportCard />
    </div>
  )
}

function ReportCard({ sectionIds }: { sectionIds: string[] }) {
  const sections = useReportSections()
  const partners = usePartners()
  const goals = useGoals()
  const [form, setForm] = useState<ExportForm>(() => initialForm(sectionIds))
  const options = toOptions(form)
  const preview = useReportPreview(options)
  const problem = preview.error instanceof TandemClientError ? preview.error : null
  const errorAt = (field: string) => (problem?.field === field ? problem.message : undefined)
  const invalid = preview.isError
  // The buttons stay off while the period holds nothing, and say why.
  const nothing = !invalid && preview.data?.empty === true

  return (
    <section className="card export-card" aria-labelledby="report-title">
      <h2 id="report-title">Progress report</h2>
      <ReportOptionsForm
        form={form}
        onChange={setForm}
        sections={sections.data ?? []}
        partners={partners.data ?? []}
        goals={goals.data ?? []}
        errorAt={errorAt}
      />
      <p className="export-preview" aria-live="polite">
        {preview.data && !invalid && (
          <>
            <strong>{preview.data.periodLabel}</strong>: {preview.data.sessions}{' '}
            {preview.data.sessions === 1 ? 'session' : 'sessions'}
            {preview.data.privateLeftOut > 0 && (
              <span className="muted"> ({preview.data.privateLeftOut} private left out)</span>
            )}
          </>
        )}
        {problem && !problem.field && <span className="field-error">{problem.message}</span>}
      </p>
      {nothing && (
        <p className="muted export-nothing" id="export-nothing">
          Nothing to export: the sections you chose hold nothing for this period. Choose a longer period or
          other sections.
        </p>
      )}
      <div className="export-actions">
        <PdfExport options={options} disabled={invalid || nothing} />
        <MarkdownExport
          options={options}
          layout={form.layout}
          onLayout={(layout) => setForm({ ...form, layout })}
          disabled={invalid || nothing}
        />
      </div>
    </section>
  )
}
