import { ExportScreen } from '../features/export/ExportScreen'
import { GoalDetail } from '../features/goals/GoalDetail'
import { GoalsScreen } from '../features/goals/GoalsScreen'
import { HomeScreen } from '../features/home/HomeScreen'
import { PeopleScreen } from '../features/people/PeopleScreen'
import { ProgramsScreen } from '../features/prompts/ProgramsScreen'
import { PromptLibraryScreen } from '../features/prompts/PromptLibraryScreen'
import { ReflectionEditor } from '../features/prompts/ReflectionEditor'
import { ReflectionsScreen } from '../features/prompts/ReflectionsScreen'
import { SessionEditor } from '../features/sessions/SessionEditor'
import { SessionList } from '../features/sessions/SessionList'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { ReviewScreen } from '../features/skills/ReviewScreen'
import { SkillDetail } from '../features/skills/SkillDetail'
import { SkillsScreen } from '../features/skills/SkillsScreen'
import { SkillsSummaryScreen } from '../features/skills/SkillsSummary'
import { TrashScreen } from '../features/trash/TrashScreen'
import type { Route } from './navigation'

export function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'home':
      return <HomeScreen />
    case 'sessions':
      return <SessionList />
    case 'session':
      // A new key per session so the editor starts from that session's saved state.
      return <SessionEditor key={route.key ?? route.id ?? 'new'} sessionId={route.id} />
    case 'goals':
      return <GoalsScreen newGoal={route.newGoal} />
    case 'goal':
      return <GoalDetail key={route.id} goalId={route.id} />
    case 'skills':
      return <SkillsScreen />
    case 'skill':
      return <SkillDetail key={route.id} skillId={route.id} />
    case 'review':
      return <ReviewScreen />
    case 'skills-summary':
      return <SkillsSummaryScreen />
    case 'reflections':
      return <ReflectionsScreen />
    case 'reflection':
      return (
        <ReflectionEditor
          key={route.key ?? route.id ?? 'new'}
          reflectionId={route.id}
          promptId={route.promptId ?? null}
          sessionId={route.sessionId ?? null}
        />
      )
    case 'prompts':
      return <PromptLibraryScreen />
    case 'programs':
      return <ProgramsScreen />
    case 'export':
      return <ExportScreen />
    case 'trash':
      return <TrashScreen />
    case 'people':
      return <PeopleScreen />
    case 'settings':
      return <SettingsScreen />
  }
}
