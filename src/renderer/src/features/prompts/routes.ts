import type { Route } from '../../app/navigation'

/** A new reflection, on a prompt (or none), linked to a session when given. */
export function newReflectionRoute(promptId: string | null, sessionId: string | null = null): Route {
  return { screen: 'reflection', id: null, promptId, sessionId, key: crypto.randomUUID() }
}
