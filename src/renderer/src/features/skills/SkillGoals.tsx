import { goalStatusLabels } from '../../../../shared/domain/goal'
import { isOpen } from '../../../../shared/domain/goal-progress'
import { useNavigation } from '../../app/navigation'
import { LinkPicker } from '../../ui/LinkPicker'
import { useGoals } from '../goals/queries'

/** The goals this skill serves; linked and unlinked through the skill's autosaved draft. */
export function SkillGoals({
  goalIds,
  onChange,
  error,
}: {
  goalIds: string[]
  onChange(ids: string[]): void
  error?: string
}) {
  const nav = useNavigation()
  const goals = useGoals()
  const options = (goals.data ?? []).map((g) => ({
    id: g.id,
    label: g.title,
    note: isOpen(g.status) ? undefined : goalStatusLabels[g.status].toLowerCase(),
  }))
  return (
    <LinkPicker
      legend="Goals it serves"
      noun="goal"
      options={options}
      linkedIds={goalIds}
      onChange={onChange}
      onOpen={(id) => nav.go({ screen: 'goal', id })}
      empty={
        <>
          No goals yet.{' '}
          <button type="button" className="link-button" onClick={() => nav.go({ screen: 'goals' })}>
            Set a goal
          </button>
        </>
      }
      error={error}
    />
  )
}
