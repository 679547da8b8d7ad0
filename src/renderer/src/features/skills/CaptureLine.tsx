import { useState } from 'react'
import type { SkillDirection, SkillView } from '../../../../shared/domain/skill'
import { skillNameOf } from '../../../../shared/skill-capture'
import { useNavigation } from '../../app/navigation'
import { messageOf } from '../../lib/client'
import { useCreateSkillMutation, useLogPracticeMutation } from './mutations'

interface Props {
  line: string
  direction: SkillDirection
  sessionId: string
  partnerId: string | null
  date: string
  category: string
  skills: SkillView[]
}

/** One captured line: already a skill, or make it one, or log it as practice of an existing skill. */
export function CaptureLine({ line, direction, sessionId, partnerId, date, category, skills }: Props) {
  const nav = useNavigation()
  const create = useCreateSkillMutation()
  const log = useLogPracticeMutation()
  const [target, setTarget] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const name = skillNameOf(line)
  const existing = skills.find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase())

  async function makeSkill() {
    setError(null)
    try {
      await create.mutateAsync({
        name,
        direction,
        category,
        purpose: '',
        initialLevel: 1,
        partnerId,
        firstMet: date,
        evidence: '',
        sessionIds: [sessionId],
        goalIds: [],
      })
    } catch (e) {
      setError(messageOf(e))
    }
  }

  async function logPractice() {
    const skill = skills.find((s) => s.id === target)
    if (!skill) return
    setError(null)
    try {
      await log.mutateAsync({
        skillId: skill.id,
        date,
        note: line.slice(0, 2000),
        levelAfter: skill.level,
        sessionId,
      })
      setDone(`Logged as practice of ${skill.name}.`)
      setTarget('')
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <li className="capture-line">
      <span className="capture-text">{line}</span>
      <div className="row">
        {existing ? (
          <button
            type="button"
            className="link-button"
            onClick={() => nav.go({ screen: 'skill', id: existing.id })}
            aria-label={`Open skill ${existing.name}`}
          >
            ✓ A skill — open it
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => void makeSkill()}
            disabled={create.isPending}
            aria-label={`Make a skill of "${line}"`}
          >
            Make a skill
          </button>
        )}
        {skills.length > 0 && (
          <>
            <select
              aria-label={`Log "${line}" as practice of`}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            >
              <option value="">Practice of…</option>
              {skills.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button ghost"
              disabled={target === '' || log.isPending}
              onClick={() => void logPractice()}
              aria-label={`Log practice: "${line}"`}
            >
              Log practice
            </button>
          </>
        )}
      </div>
      {done && (
        <p className="hint" aria-live="polite">
          {done}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </li>
  )
}
