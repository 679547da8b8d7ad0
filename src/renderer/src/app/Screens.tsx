import { lazy, Suspense } from 'react'
import { HomeScreen } from '../features/home/HomeScreen'
import type { Route } from './navigation'

// Each screen but Home is its own chunk, loaded when first opened: the first screen's script stays small
// (issue 12). One line per screen, so a new screen is one added line.
const ExportScreen = lazy(() =>
  import('../features/export/ExportScreen').then((m) => ({ default: m.ExportScreen })),
)
const GoalDetail = lazy(() => import('../features/goals/GoalDetail').then((m) => ({ default: m.GoalDetail })))
const GoalsScreen = lazy(() =>
  import('../features/goals/GoalsScreen').then((m) => ({ default: m.GoalsScreen })),
)
const PeopleScreen = lazy(() =>
  import('../features/people/PeopleScreen').then((m) => ({ default: m.PeopleScreen })),
)
const ProgramsScreen = lazy(() =>
  import('../features/prompts/ProgramsScreen').then((m) => ({ default: m.ProgramsScreen })),
)
const PromptLibraryScreen = lazy(() =>
  import('../features/prompts/PromptLibraryScreen').then((m) => ({ default: m.PromptLibraryScreen })),
)
const ReflectionEditor = lazy(() =>
  import('../features/prompts/ReflectionEditor').then((m) => ({ default: m.ReflectionEditor })),
)
const ReflectionsScreen = lazy(() =>
  import('../features/prompts/ReflectionsScreen').then((m) => ({ default: m.ReflectionsScreen })),
)
const SessionEditor = lazy(() =>
  import('../features/sessions/SessionEditor').then((m) => ({ default: m.SessionEditor })),
)
const SessionList = lazy(() =>
  import('../features/sessions/SessionList').then((m) => ({ default: m.SessionList })),
)
const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
)
const ReviewScreen = lazy(() =>
  import('../features/skills/ReviewScreen').then((m) => ({ default: m.ReviewScreen })),
)
const SkillDetail = lazy(() =>
  import('../features/skills/SkillDetail').then((m) => ({ default: m.SkillDetail })),
)
const SkillsScreen = lazy(() =>
  import('../features/skills/SkillsScreen').then((m) => ({ default: m.SkillsScreen })),
)
const SkillsSummaryScreen = lazy(() =>
  import('../features/skills/SkillsSummary').then((m) => ({ default: m.SkillsSummaryScreen })),
)
const TrashScreen = lazy(() =>
  import('../features/trash/TrashScreen').then((m) => ({ default: m.TrashScreen })),
)

export function Screen({ route }: { route: Route }) {
  return (
    <Suspense fallback={<p className="muted loading">Opening…</p>}>
      <ScreenFor route={route} />
    </Suspense>
  )
}

function ScreenFor({ route }: { route: Route }) {
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
