import { goalStatusLabels } from '../../../../shared/domain/goal'
import { isOpen } from '../../../../shared/domain/goal-progress'
import { useNavigation } from '../../app/navigation'
import { LinkPicker } from '../../ui/LinkPicker'
import { useGoals } from '../goals/queries'
import { useSkills } from '../skills/queries'

interface Props {
  goalIds: string[]
  skillIds: string[]
  onGoals(ids: string[]): void
  onSkills(ids: string[]): void
  /** The save error's field and message, shown at the picker it belongs to. */
  errorAt(prefix: 'goalIds' | 'skillIds'): string | undefined
}

/** The goals and skills a reflection speaks of, linked through its autosaved draft. */
export function ReflectionLinks({ goalIds, skillIds, onGoals, onSkills, errorAt }: Props) {
  const nav = useNavigation()
  const goals = useGoals()
  const skills = useSkills()
  return (
    <div className="reflection-links">
      <LinkPicker
        legend="Goals it is about"
        noun="goal"
        options={(goals.data ?? []).map((g) => ({
          id: g.id,
          label: g.title,
          note: isOpen(g.status) ? undefined : goalStatusLabels[g.status].toLowerCase(),
        }))}
        linkedIds={goalIds}
        onChange={onGoals}
        onOpen={(id) => nav.go({ screen: 'goal', id })}
        empty="No goals yet. Goals you set can be linked here."
        error={errorAt('goalIds')}
      />
      <LinkPicker
        legend="Skills it is about"
        noun="skill"
        options={(skills.data ?? []).map((s) => ({ id: s.id, label: s.name }))}
        linkedIds={skillIds}
        onChange={onSkills}
        onOpen={(id) => nav.go({ screen: 'skill', id })}
        empty="No skills yet. Skills you log can be linked here."
        error={errorAt('skillIds')}
      />
    </div>
  )
}
