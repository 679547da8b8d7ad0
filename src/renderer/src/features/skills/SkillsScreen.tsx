import { useId, useMemo, useState } from 'react'
import type { SkillDirection } from '../../../../shared/domain/skill'
import { useNavigation } from '../../app/navigation'
import { EmptyState } from '../../ui/EmptyState'
import { LoadError } from '../../ui/LoadError'
import { usePartnerById, usePartners } from '../partners/queries'
import { levels, levelText } from './labels'
import { NewSkillForm } from './NewSkillForm'
import { useReviewQueue, useSkills } from './queries'
import { SkillRow } from './SkillRow'
import { StaleSkills } from './StaleSkills'

/** Skills grouped by category, with filters by direction, level and person, and the ones going stale. */
export function SkillsScreen() {
  const skills = useSkills()
  const partners = usePartners()
  const queue = useReviewQueue()
  const nav = useNavigation()
  const [adding, setAdding] = useState(false)
  const [direction, setDirection] = useState<SkillDirection | ''>('')
  const [level, setLevel] = useState('')
  const [person, setPerson] = useState('')
  const id = useId()
  const partnerById = usePartnerById()

  const groups = useMemo(() => {
    const matching = (skills.data ?? []).filter(
      (s) =>
        (direction === '' || s.direction === direction) &&
        (level === '' || s.level === Number(level)) &&
        (person === '' || s.partnerId === person),
    )
    const byCategory = new Map<string, typeof matching>()
    for (const s of matching) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s])
    return Array.from(byCategory.entries()).sort(([a], [b]) => a.localeCompare(b))
  }, [skills.data, direction, level, person])

  if (skills.isPending) return <p className="muted loading">Opening your skills…</p>
  if (skills.isError)
    return (
      <div className="screen">
        <LoadError error={skills.error} />
      </div>
    )

  const due = queue.data?.length ?? 0
  return (
    <div className="screen skills">
      <header className="screen-header">
        <div>
          <h1>Skills</h1>
          <p className="muted">What you learned and what you taught, and how well it has stuck.</p>
        </div>
        <div className="row">
          <button type="button" className="button ghost" onClick={() => nav.go({ screen: 'skills-summary' })}>
            Summary
          </button>
          <button type="button" className="button" onClick={() => nav.go({ screen: 'review' })}>
            Practise skills{due > 0 ? ` (${due} due)` : ''}
          </button>
          <button type="button" className="button primary" onClick={() => setAdding(true)}>
            New skill
          </button>
        </div>
      </header>
      {adding && <NewSkillForm onClose={() => setAdding(false)} />}
      {skills.data.length === 0 ? (
        !adding && (
          <EmptyState
            title="No skills yet"
            action={
              <button type="button" className="button primary" onClick={() => setAdding(true)}>
                Add your first skill
              </button>
            }
          >
            <p>
              Log a skill you picked up from your partner, or one you shared with them. You can also turn a
              line of a session's "What I learned" into a skill.
            </p>
          </EmptyState>
        )
      ) : (
        <div className="skills-layout">
          <div>
            <fieldset className="filters" aria-label="Filter skills">
              <div className="field">
                <label htmlFor={`${id}-direction`}>Direction</label>
                <select
                  id={`${id}-direction`}
                  value={direction}
                  onChange={(e) => setDirection(e.target.value as SkillDirection | '')}
                >
                  <option value="">Both directions</option>
                  <option value="learned">Learned</option>
                  <option value="taught">Taught</option>
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-level`}>Level</label>
                <select id={`${id}-level`} value={level} onChange={(e) => setLevel(e.target.value)}>
                  <option value="">Any level</option>
                  {levels.map((l) => (
                    <option key={l} value={l}>
                      {levelText(l)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-person`}>Person</label>
                <select id={`${id}-person`} value={person} onChange={(e) => setPerson(e.target.value)}>
                  <option value="">Anyone</option>
                  {partners.data?.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </div>
            </fieldset>
            {groups.length === 0 && <p className="muted no-match">No skill matches these filters.</p>}
            {groups.map(([category, items]) => (
              <section key={category} className="skill-group" aria-label={category}>
                <h2>
                  {category} <span className="muted count">{items.length}</span>
                </h2>
                <ul className="skill-list">
                  {items.map((s) => (
                    <SkillRow
                      key={s.id}
                      skill={s}
                      partner={s.partnerId ? partnerById.get(s.partnerId) : undefined}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </div>
          <StaleSkills skills={skills.data} />
        </div>
      )}
    </div>
  )
}
