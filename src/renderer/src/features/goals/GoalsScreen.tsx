import { useEffect, useId, useMemo, useState } from 'react'
import { GoalStatus, goalStatusLabels } from '../../../../shared/domain/goal'
import { useNavigation } from '../../app/navigation'
import { localToday } from '../../lib/dates'
import { EmptyState } from '../../ui/EmptyState'
import { LoadError } from '../../ui/LoadError'
import { GoalCard } from './GoalCard'
import { NewGoalDialog } from './NewGoalDialog'
import { useGoals } from './queries'

type StatusFilter = GoalStatus | 'all' | 'open'

/**
 * Every goal, active first, with filters by status and category and a search by title. `newGoal`
 * (from File › New goal) opens the New goal dialog, once per value.
 */
export function GoalsScreen({ newGoal }: { newGoal?: string | undefined }) {
  const goals = useGoals()
  const nav = useNavigation()
  const [creating, setCreating] = useState(false)
  useEffect(() => {
    if (newGoal) setCreating(true)
  }, [newGoal])
  // Closed is closed: Back to this screen later shows the list, not the dialog again.
  const close = () => {
    setCreating(false)
    if (newGoal) nav.replace({ screen: 'goals' })
  }
  const [status, setStatus] = useState<StatusFilter>('open')
  const [category, setCategory] = useState('')
  const [search, setSearch] = useState('')
  const id = useId()
  const today = localToday()

  const categories = useMemo(
    () => Array.from(new Set((goals.data ?? []).map((g) => g.category))).sort((a, b) => a.localeCompare(b)),
    [goals.data],
  )
  const shown = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase()
    return (goals.data ?? []).filter(
      (g) =>
        (status === 'all' ||
          (status === 'open' ? g.status === 'active' || g.status === 'paused' : g.status === status)) &&
        (category === '' || g.category === category) &&
        (needle === '' || g.title.toLocaleLowerCase().includes(needle)),
    )
  }, [goals.data, status, category, search])

  if (goals.isPending) return <p className="muted loading">Opening your goals…</p>
  if (goals.isError)
    return (
      <div className="screen">
        <LoadError error={goals.error} />
      </div>
    )

  const dialog = <NewGoalDialog open={creating} onClose={close} categories={categories} />
  if (goals.data.length === 0) {
    return (
      <div className="screen">
        <header className="screen-header">
          <h1>Goals</h1>
        </header>
        <EmptyState
          title="What do you want to get out of mentoring?"
          action={
            <button type="button" className="button primary" onClick={() => setCreating(true)}>
              Set your first goal
            </button>
          }
        >
          <p>
            A goal gives your sessions a direction: “run a team retro in Miro”, “find speakers on LinkedIn”,
            “coach my mentor through a board presentation”. Break it into milestones and link the sessions
            that move it.
          </p>
        </EmptyState>
        {dialog}
      </div>
    )
  }

  return (
    <div className="screen goals-screen">
      <header className="screen-header">
        <h1>Goals</h1>
        <button type="button" className="button primary" onClick={() => setCreating(true)}>
          New goal
        </button>
      </header>
      <search className="goal-filters" aria-label="Filter goals">
        <div className="field">
          <label htmlFor={`${id}-search`}>Search</label>
          <input
            id={`${id}-search`}
            type="search"
            className="search"
            placeholder="Search by title"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as StatusFilter)}
          >
            <option value="open">Active and paused</option>
            <option value="all">All goals</option>
            {GoalStatus.options.map((s) => (
              <option key={s} value={s}>
                {goalStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-category`}>Category</label>
          <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">All categories</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      </search>
      {shown.length === 0 ? (
        <p className="muted">No goal matches these filters.</p>
      ) : (
        <ul className="goal-list" aria-label="Goals">
          {shown.map((goal) => (
            <GoalCard key={goal.id} goal={goal} today={today} />
          ))}
        </ul>
      )}
      {dialog}
    </div>
  )
}
