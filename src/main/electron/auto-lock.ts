import { type BrowserWindow, powerMonitor } from 'electron'
import type { WindowAnswer } from '../../shared/contract/lock'
import { sendCommand } from './menu'

/** What locking on sleep needs of the engine (the Tandem it runs). */
export interface Lockable {
  readonly encrypted: boolean
  readonly locked: boolean
  lock(): Promise<void>
  /** What the window last answered to "lock" (`lock:window-answer`), since it was forgotten. */
  readonly windowAnswer: WindowAnswer | null
  forgetWindowAnswer(): void
}

export interface GraceTimer {
  setTimeout(run: () => void, ms: number): unknown
}

/** How long the window has to answer "lock" before main locks by itself. */
export const LOCK_GRACE_MS = 3000
/** How long main waits for a window that said it is saving, before it locks anyway. */
export const LOCK_SAVING_MAX_MS = 60_000

/**
 * Locks an encrypted journal when the computer goes to sleep or its screen locks. The window is asked
 * first: it answers "saving" at once, saves what is being typed, then asks main to lock. Main locks by
 * itself only when the window has not answered within LOCK_GRACE_MS (it is hung or gone: there is
 * nothing to save from it), or is still saving after LOCK_SAVING_MAX_MS. When the window answers
 * "kept-open" (a save failed), the journal stays open: locking would hide text that exists nowhere
 * else, and the window says so on screen.
 */
export function lockOnSleep(
  engine: Lockable,
  window: () => BrowserWindow | null,
  log: (error: unknown) => void = console.error,
  timer: GraceTimer = globalThis,
): () => void {
  const lockNow = () =>
    engine.lock().then(
      () => sendCommand(window(), { kind: 'locked' }),
      (error: unknown) => log(error),
    )
  const check = (waited: number) => {
    if (engine.locked) return
    const answer = engine.windowAnswer
    if (answer === 'kept-open') {
      log('Not locked on sleep: the window could not save what was typed, and kept it open.')
      return
    }
    if (answer === 'saving' && waited < LOCK_SAVING_MAX_MS) {
      timer.setTimeout(() => check(waited + LOCK_GRACE_MS), LOCK_GRACE_MS)
      return
    }
    void lockNow()
  }
  const onSleep = () => {
    if (!engine.encrypted || engine.locked) return
    engine.forgetWindowAnswer()
    sendCommand(window(), { kind: 'lock' })
    timer.setTimeout(() => check(LOCK_GRACE_MS), LOCK_GRACE_MS)
  }
  powerMonitor.on('suspend', onSleep)
  powerMonitor.on('lock-screen', onSleep)
  return () => {
    powerMonitor.off('suspend', onSleep)
    powerMonitor.off('lock-screen', onSleep)
  }
}
