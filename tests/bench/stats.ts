import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Nearest-rank percentile of `samples` (p in 0..100). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] ?? Number.NaN
}

export const median = (samples: number[]): number => percentile(samples, 50)

/** Runs `work` and says how long it took, in milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await work()
  return { ms: performance.now() - start, value }
}

/** Rounds for the results file: enough digits to compare, not noise. */
export const round = (value: number, digits = 2): number => Number(value.toFixed(digits))

/**
 * A full garbage collection, so one sample does not pay for the garbage of the one before
 * (opening 10,000 sessions leaves ~100 MB behind). Exposed at run time: `npm run bench` needs no flags.
 */
export const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc')
  const gc: unknown = runInNewContext('gc')
  return typeof gc === 'function' ? () => gc() : () => undefined
})()
