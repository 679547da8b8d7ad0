import { useCallback, useEffect, useRef, useState } from 'react'
import type { SearchHit } from '../../../../shared/domain/search'
import { useNavigation } from '../../app/navigation'
import { useFocusAtMatch } from './matchFocus'
import { onOpenSearch } from './opener'
import { routeOfHit } from './routes'
import { SearchDialog } from './SearchDialog'
import { useWarmIndex } from './useSearch'

/**
 * The search dialog, always mounted beside the screens: it opens on `openSearch()` (the menu's
 * Find…, Ctrl/Cmd+K), gives focus back where it was when closed, and opens a chosen result at the
 * match. Also warms the index once the first screen is up.
 */
export function SearchHost() {
  const nav = useNavigation()
  const [open, setOpen] = useState(false)
  const returnTo = useRef<HTMLElement | null>(null)
  useWarmIndex()

  useEffect(
    () =>
      onOpenSearch(() => {
        const active = document.activeElement
        returnTo.current = active instanceof HTMLElement ? active : null
        setOpen(true)
      }),
    [],
  )

  const close = useCallback(() => {
    setOpen(false)
    // After the dialog has closed, or the browser puts focus back on its own choice.
    window.setTimeout(() => returnTo.current?.focus())
  }, [])

  const openHit = useCallback(
    (hit: SearchHit) => {
      setOpen(false)
      returnTo.current = null
      nav.go(routeOfHit(hit))
    },
    [nav],
  )

  const focus = 'focus' in nav.route ? nav.route.focus : undefined
  const main = useCallback(() => document.getElementById('main'), [])
  useFocusAtMatch(focus, nav.arrival, main)

  return <SearchDialog open={open} onClose={close} onOpenHit={openHit} />
}
