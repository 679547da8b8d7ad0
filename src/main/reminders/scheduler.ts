import type { Timer } from '../context'

/** How often the reminders are looked at: a minute late at most after the chosen time. */
export const REMINDER_CHECK_MS = 60_000

export interface ReminderSchedule {
  /** Stops the checks; a check already running finishes. */
  close(): void
}

/**
 * Runs `check` now (without waiting for it: start-up never waits on reminders) and then every minute
 * through `timer`. A check never overlaps the one before; one that fails is logged and the next runs.
 */
export function scheduleReminders(
  check: () => Promise<unknown>,
  timer: Timer,
  log: (error: unknown) => void,
): ReminderSchedule {
  let running = false
  let closed = false
  const tick = () => {
    if (running || closed) return
    running = true
    void Promise.resolve()
      .then(check)
      .catch(log)
      .finally(() => {
        running = false
      })
  }
  const stop = timer.every(REMINDER_CHECK_MS, tick)
  tick()
  return {
    close() {
      closed = true
      stop()
    },
  }
}
