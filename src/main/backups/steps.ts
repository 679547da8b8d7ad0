/**
 * Long work on a whole journal (building or checking a backup of 10,000 sessions) is written as a
 * generator that yields between documents. Run at once (a restore the user is waiting for), or in slices
 * that give saves their turn: a save issued meanwhile waits at most one slice.
 */
export type Steps<T> = Generator<void, T>

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}

/** About one slice of work between two turns of the event loop. */
const SLICE_MS = 2

export async function runInSlices<T>(steps: Steps<T>): Promise<T> {
  let started = performance.now()
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
    if (performance.now() - started >= SLICE_MS) {
      await turn()
      started = performance.now()
    }
  }
}

/** Lets queued I/O callbacks (a save's next step) run before the next slice. */
export const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
