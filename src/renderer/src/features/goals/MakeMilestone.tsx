import { useId, useState } from 'react'
import { isOpen } from '../../../../shared/domain/goal-progress'
import type { ActionItemExtraProps } from '../../app/slots'
import { messageOf } from '../../lib/client'
import { useMilestoneFromActionItemMutation } from './mutations'
import { useGoals } from './queries'

/** After a saved action item: "Make it a milestone" of one of the open goals. */
export function MakeMilestone({ sessionId, item, storedId }: ActionItemExtraProps) {
  const id = useId()
  const goals = useGoals()
  const make = useMilestoneFromActionItemMutation()
  const [picking, setPicking] = useState(false)
  const [choice, setChoice] = useState('')
  if (sessionId === null || storedId === undefined) return null
  const all = goals.data ?? []
  const already = all.filter((g) =>
    g.milestones.some(
      (m) => m.fromActionItem?.sessionId === sessionId && m.fromActionItem.itemId === storedId,
    ),
  )
  const open = all.filter((g) => isOpen(g.status) && !already.includes(g))
  const name = item.text.trim() || 'this action item'

  return (
    <div className="make-milestone">
      {already.map((g) => (
        <span key={g.id} className="badge subtle">
          ◎ Milestone of {g.title}
        </span>
      ))}
      {open.length > 0 && !picking && (
        <button type="button" className="link-button small" onClick={() => setPicking(true)}>
          Make it a milestone
        </button>
      )}
      {picking && (
        <span className="row">
          <label htmlFor={`${id}-goal`} className="visually-hidden">
            Goal for {name}
          </label>
          <select id={`${id}-goal`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Pick a goal…</option>
            {open.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={choice === '' || make.isPending}
            onClick={() =>
              make.mutate(
                { goalId: choice, sessionId, itemId: storedId },
                {
                  onSuccess: () => {
                    setPicking(false)
                    setChoice('')
                  },
                },
              )
            }
          >
            Add milestone
          </button>
          <button type="button" className="button ghost" onClick={() => setPicking(false)}>
            Cancel
          </button>
        </span>
      )}
      {make.isError && (
        <span className="field-error" role="alert">
          {messageOf(make.error)}
        </span>
      )}
    </div>
  )
}
