import { setImmediate } from 'node:timers/promises'

const SLICE = 500

/**
 * Runs `step` for every item, a slice at a time: the writes of one slice share their month files'
 * writes, and between slices the event loop answers the window (progress, other requests).
 */
export async function writeInSlices<T>(
  items: readonly T[],
  step: (item: T) => Promise<unknown>,
  done: (count: number) => void,
): Promise<void> {
  for (let start = 0; start < items.length; start += SLICE) {
    const slice = items.slice(start, start + SLICE)
    await Promise.all(slice.map(step))
    done(slice.length)
    await setImmediate()
  }
}
