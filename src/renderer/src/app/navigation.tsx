import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react'
import type { SearchField } from '../../../shared/domain/search'

/**
 * A place inside a record to open at (a search result): the field, the entry of a list field, and
 * the words to select there. Screens mark their fields with data-search-field (features/search).
 */
export interface RecordFocus {
  field: SearchField
  entryId: string | null
  matchText: string
}

/** Every screen the app can show. Features add their own variants here. */
export type Route =
  | { screen: 'home' }
  | { screen: 'sessions' }
  /** id null: a new session, not yet saved. `key` tells two new sessions apart. */
  | { screen: 'session'; id: string | null; key?: string; focus?: RecordFocus }
  /** newGoal set: the New goal dialog opens on the list (a fresh key each time it is asked for). */
  | { screen: 'goals'; newGoal?: string }
  | { screen: 'goal'; id: string; focus?: RecordFocus }
  | { screen: 'skills' }
  | { screen: 'skill'; id: string; focus?: RecordFocus }
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
      focus?: RecordFocus
    }
  | { screen: 'prompts' }
  | { screen: 'programs' }
  | { screen: 'export' }
  | { screen: 'trash' }
  | { screen: 'people'; focus?: RecordFocus }
  /** One partner's page (from the People screen): their sessions, what flowed each way, the next session. */
  | { screen: 'partner'; id: string }
  | { screen: 'settings' }
  | { screen: 'journey' }

interface Navigation {
  route: Route
  /** Counts arrivals at a screen (go, back and forward, not replace): focus moves to the new screen on each. */
  arrival: number
  /** Opens a route; whatever Forward would have gone to is dropped, as in a browser. */
  go(route: Route): void
  /** Swaps the current route without a history step (a new session that just got its id). */
  replace(route: Route): void
  back(): void
  forward(): void
}

/** Where the user has been (the last is the current route) and where Forward goes, nearest first. */
interface History {
  past: Route[]
  ahead: Route[]
}

const KEPT = 30
const HOME: Route = { screen: 'home' }

const NavigationContext = createContext<Navigation | null>(null)

export function NavigationProvider({ children, initial }: { children: ReactNode; initial?: Route }) {
  const [history, setHistory] = useState<History>({ past: [initial ?? HOME], ahead: [] })
  const [arrival, setArrival] = useState(0)
  const arrive = useCallback(() => setArrival((n) => n + 1), [])
  const go = useCallback(
    (route: Route) => {
      setHistory((h) => ({ past: [...h.past.slice(-KEPT), route], ahead: [] }))
      arrive()
    },
    [arrive],
  )
  const replace = useCallback(
    (route: Route) => setHistory((h) => ({ ...h, past: [...h.past.slice(0, -1), route] })),
    [],
  )
  const back = useCallback(() => {
    setHistory((h) => {
      const current = h.past.at(-1)
      if (h.past.length < 2 || !current) return h
      return { past: h.past.slice(0, -1), ahead: [current, ...h.ahead].slice(0, KEPT) }
    })
    arrive()
  }, [arrive])
  const forward = useCallback(() => {
    setHistory((h) => {
      const [next, ...rest] = h.ahead
      return next ? { past: [...h.past, next], ahead: rest } : h
    })
    arrive()
  }, [arrive])
  const route = history.past.at(-1) ?? HOME
  const value = useMemo(
    () => ({ route, arrival, go, replace, back, forward }),
    [route, arrival, go, replace, back, forward],
  )
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

/** The goals list with the New goal dialog open. */
export function newGoalRoute(): Route {
  return { screen: 'goals', newGoal: crypto.randomUUID() }
}
