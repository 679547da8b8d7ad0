import { newGoalRoute, newSessionRoute, type Route, useNavigation } from '../../app/navigation'
import { useSlot } from '../../app/slots'
import { useGoals } from '../goals/queries'
import { usePartners } from '../partners/queries'
import { useRecentSessions } from '../sessions/queries'

interface Step {
  key: string
  title: string
  detail: string
  done: boolean
  action: string
  route: () => Route
}

/**
 * The first-run start on Home: add your partner, log your first session, set a goal. Each step shows
 * whether it is done (from the journal itself, so it holds on another computer or after a restore);
 * the card goes away once all three are. Nothing here is a setting: a journal that has a partner, a
 * session and a goal has started.
 */
export function FirstRun() {
  const partners = usePartners()
  const sessions = useRecentSessions()
  const goals = useGoals()
  const nav = useNavigation()
  const extras = useSlot('first-run.extras')
  if (!partners.data || !sessions.data || !goals.data) return null
  const steps: Step[] = [
    {
      key: 'partner',
      title: 'Add your partner',
      detail: 'The colleague you learn from and share with. You can add more later.',
      done: partners.data.length > 0,
      action: 'Add your partner',
      route: () => ({ screen: 'people' }),
    },
    {
      key: 'session',
      title: 'Log your first session',
      detail: 'What you talked about, what you learned, and what you shared back.',
      done: sessions.data.total > 0,
      action: 'Log your first session',
      route: newSessionRoute,
    },
    {
      key: 'goal',
      title: 'Set a goal',
      detail: 'Something you want to get better at, with a few steps towards it.',
      done: goals.data.length > 0,
      action: 'Set a goal',
      route: newGoalRoute,
    },
  ]
  if (steps.every((step) => step.done)) return null
  const next = steps.find((step) => !step.done)
  const doneCount = steps.filter((step) => step.done).length
  return (
    <section className="card first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Welcome to Tandem</h2>
      <p className="muted">
        A private journal for two-way mentoring: what you learn from your partner, and what you share back.
        Everything stays on this computer. Three steps to start ({doneCount} of 3 done):
      </p>
      <ol className="first-run-steps">
        {steps.map((step, index) => (
          <li key={step.key} className={step.done ? 'done' : undefined}>
            <span className="first-run-mark" aria-hidden="true">
              {step.done ? '✓' : index + 1}
            </span>
            <div className="first-run-text">
              <strong>{step.title}</strong>
              <span className="muted">{step.done ? 'Done.' : step.detail}</span>
            </div>
            {!step.done && (
              <button
                type="button"
                className={step === next ? 'button primary' : 'button'}
                onClick={() => nav.go(step.route())}
              >
                {step.action}
              </button>
            )}
          </li>
        ))}
      </ol>
      {extras.map(({ id, Component }) => (
        <Component key={id} />
      ))}
    </section>
  )
}
