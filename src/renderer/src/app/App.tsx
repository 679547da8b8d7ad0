import { useEffect, useRef } from 'react'
import { useApplyDeviceSettings } from '../features/settings/apply'
import { useFocusOnArrival } from './focus'
import { NoticeHost } from './NoticeHost'
import { newSessionRoute, useNavigation } from './navigation'
import { ProblemsBanner } from './ProblemsBanner'
import { Screen } from './Screens'
import { Sidebar } from './Sidebar'

export function App() {
  const { route, arrival, go } = useNavigation()
  const main = useRef<HTMLElement>(null)
  useApplyDeviceSettings()
  useFocusOnArrival(arrival, main)

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        !event.altKey &&
        event.key.toLowerCase() === 'n'
      ) {
        event.preventDefault()
        go(newSessionRoute())
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go])

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar />
      <main id="main" className="main" tabIndex={-1} ref={main}>
        <ProblemsBanner />
        <Screen route={route} />
      </main>
      <NoticeHost />
    </div>
  )
}
