import type { JourneyCadence, JourneyGoal, JourneySkillRise } from '../../../../shared/domain/journey'
import { levelLabels } from '../../../../shared/domain/skill'
import { useNavigation } from '../../app/navigation'
import { formatShortDate } from '../../lib/dates'
import { countOf } from '../../lib/numbers'

/** Each pair's rhythm in a sentence, with when they last met. */
export function Rhythms({ cadences }: { cadences: JourneyCadence[] }) {
  return (
    <section className="journey-section" aria-labelledby="journey-rhythm">
      <h2 id="journey-rhythm">Your rhythm</h2>
      {cadences.length === 0 ? (
        <p className="muted">Sessions with a partner show here how often you meet.</p>
      ) : (
        <ul className="journey-list">
          {cadences.map((c) => (
            <li key={c.partnerId}>
              <span className="journey-sentence">{c.sentence}</span>{' '}
              <span className="muted small">
                {countOf(c.sessions, 'session', 'sessions')}, the last on {formatShortDate(c.lastSessionOn)}.
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export function SkillsMovingUp({ skills, periodWords }: { skills: JourneySkillRise[]; periodWords: string }) {
  const nav = useNavigation()
  return (
    <section className="journey-section" aria-labelledby="journey-skills">
      <h2 id="journey-skills">Skills moving up</h2>
      <p className="muted small">Levels as your practice log records them, {periodWords}.</p>
      {skills.length === 0 ? (
        <p className="muted">No skill has moved up a level {periodWords} yet.</p>
      ) : (
        <ul className="journey-list">
          {skills.map((s) => (
            <li key={s.skillId}>
              <button
                type="button"
                className="link-button"
                onClick={() => nav.go({ screen: 'skill', id: s.skillId })}
              >
                {s.name}
              </button>
              {`: level ${s.fromLevel} (${levelLabels[s.fromLevel]}) to ${s.toLevel} (${levelLabels[s.toLevel]})`}
              <span className="muted small">
                {' '}
                — {s.steps.map((step) => `level ${step.level} on ${formatShortDate(step.date)}`).join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export function GoalsAchieved({ goals, periodWords }: { goals: JourneyGoal[]; periodWords: string }) {
  const nav = useNavigation()
  return (
    <section className="journey-section" aria-labelledby="journey-goals">
      <h2 id="journey-goals">Goals achieved</h2>
      {goals.length === 0 ? (
        <p className="muted">No goal achieved {periodWords} yet.</p>
      ) : (
        <ul className="journey-list">
          {goals.map((g) => (
            <li key={g.goalId}>
              <button
                type="button"
                className="link-button"
                onClick={() => nav.go({ screen: 'goal', id: g.goalId })}
              >
                {g.title}
              </button>{' '}
              <span className="muted small">achieved on {formatShortDate(g.achievedOn)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
