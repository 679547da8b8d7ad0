import { GoalDetail } from '../features/goals/GoalDetail'
import { GoalsScreen } from '../features/goals/GoalsScreen'
import { HomeScreen } from '../features/home/HomeScreen'
import { SessionEditor } from '../features/sessions/SessionEditor'
import { SessionList } from '../features/sessions/SessionList'
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
      return <GoalsScreen />
    case 'goal':
      return <GoalDetail key={route.id} goalId={route.id} />
  }
}
