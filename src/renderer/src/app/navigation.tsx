import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react'

/** Every screen the app can show. Features add their own variants here. */
export type Route =
  | { screen: 'home' }
  | { screen: 'sessions' }
  /** id null: a new session, not yet saved. `key` tells two new sessions apart. */
  | { screen: 'session'; id: string | null; key?: string }
  | { screen: 'goals' }
  | { screen: 'goal'; id: string }
  | { screen: 'skills' }
  | { screen: 'skill'; id: string }
  | { screen: 'review' }
  | { screen: 'skills-summary' }
  | { screen: 'reflections' }
  /** id null: a new reflection, on `promptId` (or none), linked to `sessionId` when given. */
  | {
      screen: 'reflection'
      id: string | null
      promptId?: string | null
      sessionId?: string | null
      key?: string
    }
  | { screen: 'prompts' }
  | { screen: 'programs' }
  | { screen: 'export' }
  | { screen: 'trash' }

interface Navigation {
  route: Route
  /** Counts arrivals at a screen (go and back, not replace): focus moves to the new screen on each. */
  arrival: number
  go(route: Route): void
  /** Swaps the current route without a history step (a new session that just got its id). */
  replace(route: Route): void
  back(): void
}

const NavigationContext = createContext<Navigation | null>(null)

export function NavigationProvider({ children, initial }: { children: ReactNode; initial?: Route }) {
  const [stack, setStack] = useState<Route[]>([initial ?? { screen: 'home' }])
  const [arrival, setArrival] = useState(0)
  const go = useCallback((route: Route) => {
    setStack((s) => [...s.slice(-30), route])
    setArrival((n) => n + 1)
  }, [])
  const replace = useCallback((route: Route) => setStack((s) => [...s.slice(0, -1), route]), [])
  const back = useCallback(() => {
    setStack((s) => (s.length > 1 ? s.slice(0, -1) : s))
    setArrival((n) => n + 1)
  }, [])
  const route = stack[stack.length - 1] ?? { screen: 'home' }
  const value = useMemo(() => ({ route, arrival, go, replace, back }), [route, arrival, go, replace, back])
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
}

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext)
  if (!nav) throw new Error('useNavigation outside NavigationProvider')
  return nav
}

export function newSessionRoute(): Route {
  return { screen: 'session', id: null, key: crypto.randomUUID() }
}
