import { useState } from 'react'
import type { WhileAgo, WhileAgoKey, WhileAgoLine } from '../../../../shared/domain/journey'
import { skillNameOf } from '../../../../shared/skill-capture'
import { useNavigation } from '../../app/navigation'
import { messageOf } from '../../lib/client'
import { formatLongDate } from '../../lib/dates'
import { useCreateSkillMutation } from '../skills/mutations'

const headings: Record<WhileAgoKey, string> = {
  month: 'A month ago',
  'six-months': 'Six months ago',
  year: 'A year ago',
}

/** "A while ago": what was learned a month, six months and a year ago, each a click from practising. */
export function WhileAgoSection({ picks }: { picks: WhileAgo[] }) {
  return (
    <section className="journey-section journey-while-ago" aria-labelledby="journey-while-ago">
      <h2 id="journey-while-ago">A while ago</h2>
      {picks.length === 0 ? (
        <p className="muted">
          What you write under “What I learned” comes back here a month, six months and a year later.
        </p>
      ) : (
        <ul className="while-ago-list">
          {picks.map((pick) => (
            <li key={pick.key} className="while-ago card">
              <h3>{headings[pick.key]}</h3>
              <p className="muted small">
                {formatLongDate(pick.sessionDate)}
                {pick.partnerName ? ` · with ${pick.partnerName}` : ''} · {pick.sessionTitle}
              </p>
              <ul className="while-ago-lines">
                {pick.lines.map((line) => (
                  <LearnedLine key={line.text} line={line} pick={pick} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** One line: Practise opens its skill (where practice is logged); a line that is no skill yet can become one. */
function LearnedLine({ line, pick }: { line: WhileAgoLine; pick: WhileAgo }) {
  const nav = useNavigation()
  const create = useCreateSkillMutation()
  const [error, setError] = useState<string | null>(null)

  async function makeSkill() {
    setError(null)
    try {
      const skill = await create.mutateAsync({
        name: skillNameOf(line.text),
        direction: 'learned',
        category: 'Devices and apps',
        purpose: '',
        initialLevel: 1,
        partnerId: pick.partnerId,
        firstMet: pick.sessionDate,
        evidence: '',
        sessionIds: [pick.sessionId],
        goalIds: [],
      })
      nav.go({ screen: 'skill', id: skill.id })
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <li className="while-ago-line">
      <span className="while-ago-text">{line.text}</span>
      {line.skillId ? (
        <button
          type="button"
          className="button"
          onClick={() => line.skillId && nav.go({ screen: 'skill', id: line.skillId })}
          aria-label={`Practise ${line.skillName ?? line.text}`}
        >
          Practise
        </button>
      ) : (
        <button
          type="button"
          className="button"
          disabled={create.isPending}
          onClick={() => void makeSkill()}
          aria-label={`Practise it as a skill: ${line.text}`}
        >
          Practise it as a skill
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </li>
  )
}
