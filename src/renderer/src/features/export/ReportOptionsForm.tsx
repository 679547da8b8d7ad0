import { useId } from 'react'
import {
  PeriodKind,
  periodKindLabels,
  ReportFocus,
  relationshipSectionIds,
  reportFocusLabels,
  type SectionInfo,
} from '../../../../shared/contract/export'
import type { Goal } from '../../../../shared/domain/goal'
import type { Partner } from '../../../../shared/domain/partner'
import { FieldError } from '../../ui/FieldError'
import type { ExportForm } from './form'

interface Props {
  form: ExportForm
  onChange(form: ExportForm): void
  sections: SectionInfo[]
  partners: Partner[]
  goals: Array<Pick<Goal, 'id' | 'title'>>
  /** A message for a field, by its path in the request (e.g. "period.to"). */
  errorAt(field: string): string | undefined
}

/** What goes into the report: what it is on (a period, a goal, a partner), sections, privacy, page size. */
export function ReportOptionsForm({ form, onChange, sections, partners, goals, errorAt }: Props) {
  const id = useId()
  const set = <K extends keyof ExportForm>(key: K, value: ExportForm[K]) =>
    onChange({ ...form, [key]: value })
  const toggleSection = (sectionId: string, on: boolean) =>
    set(
      'sections',
      sections.map((s) => s.id).filter((s) => (s === sectionId ? on : form.sections.includes(s))),
    )
  const fromError = errorAt('period.from')
  const toError = errorAt('period.to')
  const sectionsError = errorAt('sections')
  const goalError = errorAt('goalId')
  const partnerError = errorAt('partnerId')
  const goalReport = form.focus === 'goal'
  const relationship = form.focus === 'partner'
  // A goal's or a partner's report covers its whole span: there is no period to pick.
  const periodShown = form.focus === 'period'
  // A relationship report's story is followed by the period sections that can be filtered to the partner.
  const shownSections = relationship
    ? sections.filter((s) => relationshipSectionIds.includes(s.id))
    : sections

  return (
    <div className="export-options">
      <div className="export-row">
        <div className="field">
          <label htmlFor={`${id}-focus`}>Report on</label>
          <select
            id={`${id}-focus`}
            value={form.focus}
            onChange={(e) => set('focus', ReportFocus.parse(e.target.value))}
          >
            {ReportFocus.options.map((focus) => (
              <option key={focus} value={focus}>
                {reportFocusLabels[focus]}
              </option>
            ))}
          </select>
        </div>
        {goalReport && (
          <div className="field">
            <label htmlFor={`${id}-goal`}>Goal</label>
            <select
              id={`${id}-goal`}
              value={form.goalId}
              aria-invalid={goalError ? true : undefined}
              aria-describedby={goalError ? `${id}-goal-error` : undefined}
              onChange={(e) => set('goalId', e.target.value)}
            >
              <option value="">Pick a goal</option>
              {goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-goal-error`} message={goalError} />
          </div>
        )}
        {periodShown && (
          <div className="field">
            <label htmlFor={`${id}-period`}>Period</label>
            <select
              id={`${id}-period`}
              value={form.periodKind}
              onChange={(e) => set('periodKind', PeriodKind.parse(e.target.value))}
            >
              {PeriodKind.options.map((kind) => (
                <option key={kind} value={kind}>
                  {periodKindLabels[kind]}
                </option>
              ))}
            </select>
          </div>
        )}
        {periodShown && form.periodKind === 'custom' && (
          <>
            <div className="field">
              <label htmlFor={`${id}-from`}>From</label>
              <input
                id={`${id}-from`}
                type="date"
                value={form.from}
                aria-invalid={fromError ? true : undefined}
                aria-describedby={fromError ? `${id}-from-error` : undefined}
                onChange={(e) => set('from', e.target.value)}
              />
              <FieldError id={`${id}-from-error`} message={fromError} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>To</label>
              <input
                id={`${id}-to`}
                type="date"
                value={form.to}
                aria-invalid={toError ? true : undefined}
                aria-describedby={toError ? `${id}-to-error` : undefined}
                onChange={(e) => set('to', e.target.value)}
              />
              <FieldError id={`${id}-to-error`} message={toError} />
            </div>
          </>
        )}
        {!goalReport && (
          <div className="field">
            <label htmlFor={`${id}-partner`}>Partner</label>
            <select
              id={`${id}-partner`}
              value={form.partnerId}
              required={relationship}
              aria-invalid={relationship && partnerError ? true : undefined}
              aria-describedby={relationship && partnerError ? `${id}-partner-error` : undefined}
              onChange={(e) => set('partnerId', e.target.value)}
            >
              <option value="">{relationship ? 'Pick a partner' : 'All partners'}</option>
              {partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            {relationship && <FieldError id={`${id}-partner-error`} message={partnerError} />}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-author`}>Your name (title page)</label>
          <input
            id={`${id}-author`}
            value={form.author}
            maxLength={120}
            placeholder="Optional"
            onChange={(e) => set('author', e.target.value)}
          />
        </div>
      </div>

      {!goalReport && (
        <fieldset
          className="export-sections"
          aria-describedby={sectionsError ? `${id}-sections-error` : undefined}
        >
          <legend>Sections</legend>
          {shownSections.map((section) => (
            <div key={section.id} className="section-choice">
              <input
                id={`${id}-section-${section.id}`}
                type="checkbox"
                aria-describedby={`${id}-about-${section.id}`}
                checked={form.sections.includes(section.id)}
                onChange={(e) => toggleSection(section.id, e.target.checked)}
              />
              <span>
                <label htmlFor={`${id}-section-${section.id}`} className="section-name">
                  {section.title}
                </label>
                <span id={`${id}-about-${section.id}`} className="hint">
                  {section.description}
                </span>
              </span>
            </div>
          ))}
          <FieldError id={`${id}-sections-error`} message={sectionsError} />
        </fieldset>
      )}

      <div className="export-row">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.includePrivate}
            onChange={(e) => set('includePrivate', e.target.checked)}
          />
          Include items marked private
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.fullNotes}
            onChange={(e) => set('fullNotes', e.target.checked)}
          />
          Include full session notes
        </label>
        <fieldset className="page-size">
          <legend>Page size</legend>
          {(['A4', 'Letter'] as const).map((size) => (
            <label key={size} className="checkbox">
              <input
                type="radio"
                name={`${id}-page`}
                checked={form.pageSize === size}
                onChange={() => set('pageSize', size)}
              />
              {size}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  )
}
