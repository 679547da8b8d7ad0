import { type Dispatch, type SetStateAction, useId } from 'react'
import { type GoalDirection, goalCategoryPresets, goalDirectionLabels } from '../../../../shared/domain/goal'
import { CategoryInput } from '../../ui/CategoryInput'
import { FieldError } from '../../ui/FieldError'
import { FormattingHelp } from '../../ui/FormattingHelp'
import { MarkdownView } from '../../ui/MarkdownView'
import type { GoalEditorDraft } from './draft'
import { useGoals } from './queries'

interface Props {
  draft: GoalEditorDraft
  setDraft: Dispatch<SetStateAction<GoalEditorDraft>>
  errorAt(field: string): string | undefined
}

/** Title, why it matters, category, direction and the SMART parts of a goal. */
export function GoalFields({ draft, setDraft, errorAt }: Props) {
  const id = useId()
  const goals = useGoals()
  const categories = Array.from(
    new Set([...goalCategoryPresets, ...(goals.data ?? []).map((g) => g.category)]),
  )
  function set<K extends keyof GoalEditorDraft>(key: K, value: GoalEditorDraft[K]) {
    setDraft((d) => ({ ...d, [key]: value }))
  }
  const fieldError = (field: string) => <FieldError id={`${id}-${field}-error`} message={errorAt(field)} />
  const invalid = (field: string) => ({
    'aria-invalid': errorAt(field) !== undefined,
    'aria-describedby': errorAt(field) ? `${id}-${field}-error` : undefined,
  })

  return (
    <>
      {/* A textarea so a long goal wraps instead of hiding its end; Enter does not add a line. */}
      <textarea
        className="title-input goal-title"
        data-search-field="title"
        aria-label="Goal title"
        placeholder="What do you want to achieve?"
        rows={1}
        value={draft.title}
        maxLength={200}
        onChange={(e) => set('title', e.target.value.replace(/\n/g, ' '))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault()
        }}
        {...invalid('title')}
      />
      {fieldError('title')}
      <div className="goal-meta">
        <div className="field">
          <label htmlFor={`${id}-category`}>Category</label>
          <CategoryInput
            id={`${id}-category`}
            value={draft.category}
            onChange={(e) => set('category', e.target.value)}
            {...invalid('category')}
            suggestions={categories}
          />
          {fieldError('category')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-direction`}>Whose goal</label>
          <select
            id={`${id}-direction`}
            value={draft.direction}
            onChange={(e) => set('direction', e.target.value as GoalDirection)}
          >
            {Object.entries(goalDirectionLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-start`}>Start date</label>
          <input
            id={`${id}-start`}
            type="date"
            value={draft.startDate}
            onChange={(e) => set('startDate', e.target.value)}
            {...invalid('startDate')}
          />
          {fieldError('startDate')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-target`}>Target date</label>
          <input
            id={`${id}-target`}
            type="date"
            value={draft.targetDate}
            onChange={(e) => set('targetDate', e.target.value)}
            {...invalid('targetDate')}
          />
          {fieldError('targetDate')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-outcome`}>Specific outcome</label>
        <input
          id={`${id}-outcome`}
          value={draft.outcome}
          maxLength={2000}
          placeholder="What exactly will be different when this is done?"
          onChange={(e) => set('outcome', e.target.value)}
          {...invalid('outcome')}
        />
        {fieldError('outcome')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-measure`}>How I will know</label>
        <input
          id={`${id}-measure`}
          value={draft.measure}
          maxLength={2000}
          placeholder="How success is measured"
          onChange={(e) => set('measure', e.target.value)}
          {...invalid('measure')}
        />
        {fieldError('measure')}
      </div>
      <div className="why-grid">
        <div className="field">
          <label htmlFor={`${id}-why`}>Why it matters</label>
          <textarea
            id={`${id}-why`}
            data-search-field="why"
            value={draft.why}
            placeholder="What changes when you get there?"
            onChange={(e) => set('why', e.target.value)}
            {...invalid('why')}
          />
          <FormattingHelp />
          {fieldError('why')}
        </div>
        <section className="why-preview" aria-label="Why it matters, preview">
          <MarkdownView source={draft.why} empty="The preview appears here." />
        </section>
      </div>
    </>
  )
}
