import { type BrowserWindow, powerMonitor } from 'electron'
import { sendCommand } from './menu'

/** What locking on sleep needs of the engine (the Tandem it runs). */
export interface Lockable {
  readonly encrypted: boolean
  readonly locked: boolean
  lock(): Promise<void>
}

export interface GraceTimer {
  setTimeout(run: () => void, ms: number): unknown
}

/** How long the window has to save what is being typed before main locks by itself. */
export const LOCK_GRACE_MS = 3000

/**
 * Locks an encrypted journal when the computer goes to sleep or its screen locks. The window is asked
 * first (it saves what is being typed, then asks main to lock); if the journal is still open after
 * LOCK_GRACE_MS, main locks it itself and tells the window, which then shows the lock screen.
 */
export function lockOnSleep(
  engine: Lockable,
  window: () => BrowserWindow | null,
  log: (error: unknown) => void = console.error,
  timer: GraceTimer = globalThis,
): () => void {
  const onSleep = () => {
    if (!engine.encrypted || engine.locked) return
    sendCommand(window(), { kind: 'lock' })
    timer.setTimeout(() => {
      if (engine.locked) return
      engine.lock().then(
        () => sendCommand(window(), { kind: 'locked' }),
        (error: unknown) => log(error),
      )
    }, LOCK_GRACE_MS)
  }
  powerMonitor.on('suspend', onSleep)
  powerMonitor.on('lock-screen', onSleep)
  return () => {
    powerMonitor.off('suspend', onSleep)
    powerMonitor.off('lock-screen', onSleep)
  }
}
