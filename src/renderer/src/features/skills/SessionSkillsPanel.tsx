import { useId, useState } from 'react'
import { presetCategories, type SkillDirection } from '../../../../shared/domain/skill'
import { captureLines } from '../../../../shared/skill-capture'
import { useNavigation } from '../../app/navigation'
import type { SessionPanelProps } from '../../app/slots'
import { localToday } from '../../lib/dates'
import { CategoryInput } from '../../ui/CategoryInput'
import { CaptureLine } from './CaptureLine'
import { useSkills } from './queries'

/**
 * Under the session form: each line of "What I learned" / "What I shared" can become a new skill or a
 * practice entry of an existing one, without leaving the session.
 */
export function SessionSkillsPanel({ sessionId, draft }: SessionPanelProps) {
  const skills = useSkills()
  const nav = useNavigation()
  const [category, setCategory] = useState<string>(presetCategories[0])
  const id = useId()
  const groups: Array<{ direction: SkillDirection; title: string; lines: string[] }> = [
    { direction: 'learned', title: 'From "What I learned"', lines: captureLines(draft.learned) },
    { direction: 'taught', title: 'From "What I shared"', lines: captureLines(draft.shared) },
  ]
  if (groups.every((g) => g.lines.length === 0)) return null
  const today = localToday()
  const date = draft.date !== '' && draft.date <= today ? draft.date : today

  return (
    <section className="card session-skills" aria-labelledby={`${id}-title`}>
      <div className="card-header">
        <h2 id={`${id}-title`}>Skills from this session</h2>
        <button type="button" className="link-button small" onClick={() => nav.go({ screen: 'skills' })}>
          All skills
        </button>
      </div>
      {sessionId === null ? (
        <p className="muted">
          Give the session a title or a note first, so it is saved; then you can capture skills.
        </p>
      ) : (
        <>
          <div className="field capture-category">
            <label htmlFor={`${id}-category`}>Category for new skills</label>
            <CategoryInput
              id={`${id}-category`}
              value={category}
              onChange={(e) => setCategory(e.target.value)}
              suggestions={presetCategories}
            />
          </div>
          {groups.map(
            (group) =>
              group.lines.length > 0 && (
                <div key={group.direction} className="capture-group">
                  <h3>{group.title}</h3>
                  <ul className="capture-list">
                    {group.lines.map((line) => (
                      <CaptureLine
                        key={line}
                        line={line}
                        direction={group.direction}
                        sessionId={sessionId}
                        partnerId={draft.partnerId}
                        date={date}
                        category={
                          category.trim() === '' ? (presetCategories[0] ?? 'Devices and apps') : category
                        }
                        skills={(skills.data ?? []).filter((s) => s.direction === group.direction)}
                      />
                    ))}
                  </ul>
                </div>
              ),
          )}
        </>
      )}
    </section>
  )
}
