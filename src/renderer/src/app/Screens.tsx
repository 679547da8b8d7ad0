import { lazy, Suspense } from 'react'
import { HomeScreen } from '../features/home/HomeScreen'

const ExportScreen = lazy(() =>
  import('../features/export/ExportScreen').then((m) => ({ default: m.ExportScreen })),
)
const GoalDetail = lazy(() => import('../features/goals/GoalDetail').then((m) => ({ default: m.GoalDetail })))
const GoalsScreen = lazy(() =>
  import('../features/goals/GoalsScreen').then((m) => ({ default: m.GoalsScreen })),
)
const JourneyScreen = lazy(() =>
  import('../features/journey/JourneyScreen').then((m) => ({ default: m.JourneyScreen })),
)
const PartnerPageScreen = lazy(() =>
  import('../features/people/PartnerPageScreen').then((m) => ({ default: m.PartnerPageScreen })),
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

import type { Route } from './navigation'

/**
 * Home, the first screen, is in the first chunk; every other screen is loaded the first time it is
 * opened (one lazy import per screen), so the page parses only what its first screen needs.
 */

export function Screen({ route }: { route: Route }) {
  return (
    // A screen's file loads from disk in a few milliseconds: nothing is shown meanwhile, so nothing
    // flashes. One boundary per screen: React would otherwise keep the previous screen, hidden, while
    // the next loads, and the focus rule would find that screen's heading instead of the new one.
    <Suspense key={route.screen} fallback={<div className="screen-loading" aria-busy="true" />}>
      <ScreenOf route={route} />
    </Suspense>
  )
}

function ScreenOf({ route }: { route: Route }) {
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
    case 'partner':
      return <PartnerPageScreen key={route.id} partnerId={route.id} />
    case 'settings':
      return <SettingsScreen />
    case 'journey':
      return <JourneyScreen />
  }
}
