import { useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useEffect, useSyncExternalStore } from 'react'
import { applyDeviceSettings } from '../features/settings/apply'
import { messageOf, tandem, unwrap } from '../lib/client'
import { lockNow } from '../lib/lock-now'
import { lockState } from '../lib/lock-state'
import { LockScreen } from './LockScreen'

/**
 * Nothing of the journal is mounted until main says it is open: while it is locked no screen, and so
 * no query, exists. Locking clears every cached answer, so nothing read before stays in this window.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const { phase, status } = useSyncExternalStore(lockState.subscribe, lockState.get)
  const client = useQueryClient()
  const problem = useLockStatusOnStart()

  useEffect(() => {
    if (phase === 'locked') client.clear()
  }, [phase, client])

  useIdleLock(phase === 'open' && status?.encrypted ? status.lockAfterMinutes : 0)

  if (phase === 'locked') return <LockScreen />
  if (phase === 'checking') {
    return (
      <main className="lock-screen" id="main">
        <p className="muted" role={problem ? 'alert' : undefined}>
          {problem ?? 'Opening your journal…'}
        </p>
      </main>
    )
  }
  return children
}

function useLockStatusOnStart(): string | null {
  const problem = useSyncExternalStore(startProblem.subscribe, startProblem.get)
  useEffect(() => {
    if (lockState.get().phase !== 'checking') return
    // The lock screen wears this computer's theme and text size too (settings:get answers only once open).
    unwrap(tandem().lock.appearance()).then(
      (device) => applyDeviceSettings(document.documentElement, device),
      () => undefined,
    )
    unwrap(tandem().lock.status()).then(
      (status) => lockState.update(status),
      (error: unknown) => startProblem.set(`Tandem could not open your journal. ${messageOf(error)}`),
    )
  }, [])
  return problem
}

const startProblem = (() => {
  let value: string | null = null
  const listeners = new Set<() => void>()
  return {
    get: () => value,
    set(next: string) {
      value = next
      for (const l of listeners) l()
    },
    subscribe(l: () => void) {
      listeners.add(l)
      return () => listeners.delete(l)
    },
  }
})()

/** Activity that keeps the journal open. */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'focus'] as const

/**
 * Locks after `minutes` without a key, pointer or wheel in this window (0 = never). Timers and
 * Date.now only, so a test can move the clock.
 */
export function useIdleLock(minutes: number): void {
  useEffect(() => {
    if (minutes <= 0) return
    const limit = minutes * 60_000
    let last = Date.now()
    let timer: ReturnType<typeof setTimeout>
    const check = () => {
      const idle = Date.now() - last
      if (idle >= limit) void lockNow()
      else timer = setTimeout(check, Math.min(limit - idle, 30_000))
    }
    const active = () => {
      last = Date.now()
    }
    for (const kind of ACTIVITY) window.addEventListener(kind, active, { passive: true, capture: true })
    timer = setTimeout(check, Math.min(limit, 30_000))
    return () => {
      clearTimeout(timer)
      for (const kind of ACTIVITY) window.removeEventListener(kind, active, { capture: true })
    }
  }, [minutes])
}
