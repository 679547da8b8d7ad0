import type { LockStatus } from '../../../shared/domain/privacy'

/**
 * Whether the journal is open in this window: "checking" until main has answered lock:status,
 * "locked" while it is locked (no journal screen is mounted then), "open" otherwise. One small store,
 * so an answer of `locked` to any request (client.ts) and the lock command reach the gate alike.
 */
export type LockPhase = 'checking' | 'locked' | 'open'

interface LockSnapshot {
  phase: LockPhase
  status: LockStatus | null
}

let snapshot: LockSnapshot = { phase: 'checking', status: null }
const listeners = new Set<() => void>()

function set(next: LockSnapshot): void {
  snapshot = next
  for (const listener of listeners) listener()
}

export const lockState = {
  get: (): LockSnapshot => snapshot,
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  /** Main answered a status. */
  update(status: LockStatus): void {
    set({ phase: status.locked ? 'locked' : 'open', status })
  },
  /** Main said the journal is locked (an answer of `locked`, the lock command, or main locking by itself). */
  locked(): void {
    if (snapshot.phase === 'locked') return
    set({ phase: 'locked', status: snapshot.status ? { ...snapshot.status, locked: true } : null })
  },
}
