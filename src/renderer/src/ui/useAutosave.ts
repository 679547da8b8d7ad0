import { useCallback, useEffect, useRef, useState } from 'react'
import { problemOf } from '../lib/client'

export type AutosaveState =
  | { status: 'idle'; everSaved: boolean }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'error'; message: string; field: string | undefined }

/**
 * Saves `value` a moment after the user stops typing, one save at a time; a change made while a
 * save is on its way is saved right after it. A failed save keeps the value and says why.
 * `save` calls the feature's save mutation (`mutateAsync`), so the app's mutation cache sees every
 * autosave like any other write; it returns false when there is nothing worth saving yet (a blank
 * new session).
 */
/** Every mounted autosave: saves what it holds, answering false when that save failed. */
const mounted = new Set<() => Promise<boolean>>()

/** Saves what every open editor holds; true when all of it is on disk (nothing failed). */
export async function flushAllAutosaves(): Promise<boolean> {
  const results = await Promise.all([...mounted].map((flush) => flush()))
  return results.every(Boolean)
}

export function useAutosave<T>(value: T, save: (value: T) => Promise<boolean>, delayMs = 600) {
  const [state, setState] = useState<AutosaveState>({ status: 'idle', everSaved: false })
  const latest = useRef(value)
  const saveRef = useRef(save)
  const savedValue = useRef(value)
  const inFlight = useRef<Promise<void> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  saveRef.current = save
  latest.current = value

  const failed = useRef(false)
  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current)
      timer.current = null
    }
    if (inFlight.current) {
      await inFlight.current
    }
    const current = latest.current
    if (Object.is(current, savedValue.current)) return
    setState({ status: 'saving' })
    const run = (async () => {
      try {
        const saved = await saveRef.current(current)
        failed.current = false
        if (saved) savedValue.current = current
        setState(saved ? { status: 'saved' } : { status: 'idle', everSaved: false })
      } catch (error) {
        failed.current = true
        setState({ status: 'error', ...problemOf(error) })
      }
    })()
    inFlight.current = run
    await run
    inFlight.current = null
    if (!Object.is(latest.current, current) && !Object.is(latest.current, savedValue.current)) {
      timer.current = setTimeout(() => void flush(), delayMs)
    }
  }, [delayMs])

  useEffect(() => {
    if (Object.is(value, savedValue.current)) return
    setState((s) => (s.status === 'error' ? s : { status: 'pending' }))
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(), delayMs)
  }, [value, delayMs, flush])

  // Locking saves what is being typed first (flushAllAutosaves).
  useEffect(() => {
    const entry = async () => {
      await flush()
      return !failed.current
    }
    mounted.add(entry)
    return () => {
      mounted.delete(entry)
    }
  }, [flush])

  // Leaving the screen saves what is pending instead of dropping it.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current)
        void flush()
      }
    },
    [flush],
  )

  /** Marks `value` as what is already stored (after loading), without saving it. */
  const markSaved = useCallback((stored: T) => {
    savedValue.current = stored
    setState({ status: 'idle', everSaved: true })
  }, [])

  /** The failed save's problem, and its message when it names `field` (shown at that field). */
  const error = state.status === 'error' ? state : null
  const errorAt = (field: string) => (error?.field === field ? error.message : undefined)

  return { state, flush, markSaved, error, errorAt }
}
