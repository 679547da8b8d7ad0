import { type RefObject, useEffect } from 'react'

/** How long a screen may take to show its heading (it may be loading) before focus gives up. */
const WAIT_MS = 3000

/**
 * The focus rule, in one place: on every arrival at a screen (not on start-up), focus moves to the
 * screen's h1, so a keyboard or screen-reader user starts where the screen starts. A screen that has
 * already put focus on something of its own (a new session's title field) keeps it. Screens may
 * still be loading when they arrive, so this waits for the h1 to appear.
 */
export function useFocusOnArrival(arrival: number, main: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const area = main.current
    if (arrival === 0 || !area) return
    const focusHeading = (): boolean => {
      const active = document.activeElement
      if (active && active !== document.body && active !== area && area.contains(active)) return true
      const heading = area.querySelector('h1')
      if (!heading) return false
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
      heading.focus({ preventScroll: false })
      return true
    }
    if (focusHeading()) return
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop()
    })
    const timer = window.setTimeout(() => stop(), WAIT_MS)
    function stop() {
      observer.disconnect()
      window.clearTimeout(timer)
    }
    observer.observe(area, { childList: true, subtree: true })
    return stop
  }, [arrival, main])
}
