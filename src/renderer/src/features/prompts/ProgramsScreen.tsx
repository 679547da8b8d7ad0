import { useId, useState } from 'react'
import type { ProgramTemplateSummary } from '../../../../shared/domain/program'
import { type Problem, problemOf } from '../../lib/client'
import { localToday } from '../../lib/dates'
import { EmptyState } from '../../ui/EmptyState'
import { LoadError } from '../../ui/LoadError'
import { usePartnerById, usePickablePartners } from '../partners/queries'
import { useStartProgramMutation } from './mutations'
import { ProgramCard } from './ProgramCard'
import { usePrograms, useProgramTemplates } from './queries'

export function ProgramsScreen() {
  const programs = usePrograms()
  const templates = useProgramTemplates()
  const partnerById = usePartnerById()

  if (programs.isPending || templates.isPending)
    return <p className="muted loading">Opening your programs…</p>
  if (programs.isError || templates.isError) return <LoadError error={programs.error ?? templates.error} />

  return (
    <div className="screen programs">
      <header className="screen-header">
        <div>
          <h1>Programs</h1>
          <p className="muted">A few weeks of structure: a theme, an agenda and prompts for each week.</p>
        </div>
      </header>
      {programs.data.length === 0 && (
        <EmptyState title="No program started yet">
          <p>
            Pick a program below and start it with your partner. Tandem shows each week's agenda and prompts
            and ticks a week off when you log a session in it.
          </p>
        </EmptyState>
      )}
      {programs.data.map((program) => (
        <ProgramCard
          key={program.id}
          program={program}
          partnerName={program.partnerId ? (partnerById.get(program.partnerId)?.name ?? null) : null}
        />
      ))}
      <h2 className="section-title">Start a program</h2>
      <div className="template-grid">
        {templates.data.map((template) => (
          <TemplateCard key={template.id} template={template} />
        ))}
        {templates.data.length === 0 && <p className="muted">No program templates could be read.</p>}
      </div>
    </div>
  )
}

function TemplateCard({ template }: { template: ProgramTemplateSummary }) {
  const start = useStartProgramMutation()
  const [open, setOpen] = useState(false)
  const [partnerId, setPartnerId] = useState<string | null>(null)
  // A new program: archived partners are not offered.
  const partners = usePickablePartners(null)
  const [startDate, setStartDate] = useState(localToday())
  const [error, setError] = useState<Problem | null>(null)
  const id = useId()

  async function submit() {
    setError(null)
    try {
      await start.mutateAsync({ templateId: template.id, partnerId, startDate })
      setOpen(false)
    } catch (e) {
      setError(problemOf(e))
    }
  }

  return (
    <section className="card template-card">
      <h3 id={`${id}-name`}>{template.name}</h3>
      <p className="badge subtle weeks-badge">{template.weeks} weeks</p>
      <p className="muted">{template.summary}</p>
      {open ? (
        <form
          className="start-form"
          aria-label={`Start ${template.name}`}
          onSubmit={(e) => {
            e.preventDefault()
            void submit()
          }}
        >
          <div className="start-form-row">
            <div className="field">
              <label htmlFor={`${id}-partner`}>Partner</label>
              <select
                id={`${id}-partner`}
                value={partnerId ?? ''}
                onChange={(e) => setPartnerId(e.target.value === '' ? null : e.target.value)}
                aria-invalid={error?.field === 'partnerId'}
              >
                <option value="">No partner yet</option>
                {partners.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-start`}>Start date</label>
              <input
                id={`${id}-start`}
                type="date"
                value={startDate}
                required
                onChange={(e) => setStartDate(e.target.value)}
                aria-invalid={error?.field === 'startDate'}
              />
            </div>
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error.message}
            </p>
          )}
          <div className="row">
            <button type="submit" className="button primary">
              Start program
            </button>
            <button type="button" className="button ghost" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="button"
          aria-label={`Start ${template.name}…`}
          onClick={() => setOpen(true)}
        >
          Start…
        </button>
      )}
    </section>
  )
}
