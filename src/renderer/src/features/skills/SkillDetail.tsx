import { type ReactNode, useId, useState } from 'react'
import { type SkillDetail as Detail, levelLabels, presetCategories } from '../../../../shared/domain/skill'
import { useNavigation } from '../../app/navigation'
import { useSlot } from '../../app/slots'
import { messageOf } from '../../lib/client'
import { formatShortDate, localToday } from '../../lib/dates'
import { CategoryInput } from '../../ui/CategoryInput'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { EditorHeader } from '../../ui/EditorHeader'
import { FieldError } from '../../ui/FieldError'
import { FormattingHelp } from '../../ui/FormattingHelp'
import { LoadError } from '../../ui/LoadError'
import { MarkdownView } from '../../ui/MarkdownView'
import { SaveStatus } from '../../ui/SaveStatus'
import { useAutosave } from '../../ui/useAutosave'
import { usePickablePartners } from '../partners/queries'
import { useDeletedNotice } from '../trash/mutations'
import { draftOf, type SkillEditorDraft, toUpdate } from './draft'
import { LevelChart } from './LevelChart'
import { levels, levelText, trendWords } from './labels'
import { useDeleteSkillMutation, useUpdateSkillMutation } from './mutations'
import { PracticeLog } from './PracticeLog'
import { useSkill } from './queries'
import { SkillGoals } from './SkillGoals'
import { SkillSessions } from './SkillSessions'

export function SkillDetail({ skillId }: { skillId: string }) {
  const skill = useSkill(skillId)
  if (skill.isPending) return <p className="muted loading">Opening the skill…</p>
  if (skill.isError)
    return (
      <div className="screen">
        <LoadError error={skill.error} />
      </div>
    )
  return <SkillEditor detail={skill.data} />
}

function SkillEditor({ detail }: { detail: Detail }) {
  const nav = useNavigation()
  const saveSkill = useUpdateSkillMutation()
  const remove = useDeleteSkillMutation()
  const deletedNotice = useDeletedNotice()
  const { skill } = detail
  const [draft, setDraft] = useState<SkillEditorDraft>(() => draftOf(skill))
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [deleteError, setDeleteError] = useState<string | null>(null)
  const panels = useSlot('skill-detail.panels')
  const id = useId()
  const partners = usePickablePartners(skill.partnerId, draft.partnerId)

  const autosave = useAutosave(draft, async (value) => {
    await saveSkill.mutateAsync(toUpdate(skill.id, value))
    return true
  })
  const { error, errorAt } = autosave
  const set = <K extends keyof SkillEditorDraft>(key: K, value: SkillEditorDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))

  async function confirmDeletion() {
    setConfirmDelete(false)
    try {
      const deleted = await remove.mutateAsync(skill.id)
      nav.go({ screen: 'skills' })
      deletedNotice('Skill deleted.', deleted)
    } catch (e) {
      setDeleteError(messageOf(e))
    }
  }

  const field = (name: string, label: string, control: ReactNode, className = '') => (
    <div className={`field ${className}`}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {control}
      <FieldError message={errorAt(name)} />
    </div>
  )

  return (
    <div className="screen editor skill-detail">
      <EditorHeader
        backLabel="All skills"
        onBack={() => nav.go({ screen: 'skills' })}
        heading="Skill"
        status={<SaveStatus state={autosave.state} />}
        deleteLabel="Delete skill"
        onDelete={() => setConfirmDelete(true)}
        deleteError={deleteError}
      />
      <div className="skill-detail-grid">
        <form className="editor-main" aria-label="Skill" onSubmit={(e) => e.preventDefault()}>
          <input
            className="title-input"
            data-search-field="title"
            aria-label="Skill name"
            value={draft.name}
            maxLength={120}
            onChange={(e) => set('name', e.target.value)}
            aria-invalid={errorAt('name') !== undefined}
          />
          <FieldError message={errorAt('name')} />
          <div className="meta-row skill-meta-row">
            {field(
              'direction',
              'Direction',
              <select
                id={`${id}-direction`}
                value={draft.direction}
                onChange={(e) => set('direction', e.target.value === 'taught' ? 'taught' : 'learned')}
              >
                <option value="learned">Learned</option>
                <option value="taught">Taught</option>
              </select>,
            )}
            {field(
              'category',
              'Category',
              <CategoryInput
                id={`${id}-category`}
                value={draft.category}
                onChange={(e) => set('category', e.target.value)}
                aria-invalid={errorAt('category') !== undefined}
                suggestions={presetCategories}
              />,
              'span-2',
            )}
            {field(
              'partnerId',
              draft.direction === 'learned' ? 'Learned from' : 'Taught to',
              <select
                id={`${id}-partnerId`}
                value={draft.partnerId ?? ''}
                onChange={(e) => set('partnerId', e.target.value === '' ? null : e.target.value)}
              >
                <option value="">Nobody in particular</option>
                {partners.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>,
            )}
            {field(
              'firstMet',
              'First met',
              <input
                id={`${id}-firstMet`}
                type="date"
                max={localToday()}
                value={draft.firstMet}
                onChange={(e) => set('firstMet', e.target.value)}
                aria-invalid={errorAt('firstMet') !== undefined}
              />,
            )}
            {field(
              'initialLevel',
              'Starting level',
              <select
                id={`${id}-initialLevel`}
                value={draft.initialLevel}
                onChange={(e) => set('initialLevel', Number(e.target.value))}
              >
                {levels.map((l) => (
                  <option key={l} value={l}>
                    {levelText(l)}
                  </option>
                ))}
              </select>,
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-purpose`}>What it is for</label>
            <textarea
              id={`${id}-purpose`}
              value={draft.purpose}
              placeholder="What does it let you do?"
              onChange={(e) => set('purpose', e.target.value)}
            />
            <FormattingHelp />
          </div>
          {draft.purpose.trim() !== '' && (
            <section className="markdown-preview" aria-label="Purpose preview">
              <MarkdownView source={draft.purpose} />
            </section>
          )}
          <div className="field">
            <label htmlFor={`${id}-evidence`}>Evidence</label>
            <textarea
              id={`${id}-evidence`}
              data-search-field="evidence"
              value={draft.evidence}
              placeholder="Notes and links that show you can do it: a post you published, a sheet you built…"
              onChange={(e) => set('evidence', e.target.value)}
            />
          </div>
          {draft.evidence.trim() !== '' && (
            <section className="markdown-preview" aria-label="Evidence preview">
              <MarkdownView source={draft.evidence} />
            </section>
          )}
          <SkillSessions sessionIds={draft.sessionIds} onChange={(ids) => set('sessionIds', ids)} />
          <SkillGoals
            goalIds={draft.goalIds}
            onChange={(ids) => set('goalIds', ids)}
            error={error?.field?.startsWith('goalIds.') ? error.message : undefined}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.private}
              onChange={(e) => set('private', e.target.checked)}
            />
            Keep out of exports
          </label>
        </form>
        <div className="skill-side">
          <section className="card level-card" aria-labelledby={`${id}-level-title`}>
            <h2 id={`${id}-level-title`}>Level</h2>
            <p className="current-level">
              <strong data-testid="current-level">{skill.level}</strong> {levelLabels[skill.level]}
              <span className="muted"> · {trendWords[skill.trend]}</span>
            </p>
            <LevelChart history={detail.history} />
            <p className="hint">
              Next practice{' '}
              {skill.review.nextReview <= localToday()
                ? 'today'
                : `on ${formatShortDate(skill.review.nextReview)}`}
            </p>
          </section>
          <PracticeLog key={skill.level} skillId={skill.id} level={skill.level} entries={detail.practice} />
          {panels.map(({ id, Component }) => (
            <Component key={id} skillId={skill.id} />
          ))}
        </div>
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title="Delete this skill?"
        message="The skill and its practice log will be removed. The sessions and goals it was linked to stay as they are."
        confirmLabel="Delete skill"
        onConfirm={() => void confirmDeletion()}
        onCancel={() => setConfirmDelete(false)}
      />
    </div>
  )
}
