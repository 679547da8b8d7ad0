import { useRef } from 'react'
import { SearchHost } from '../features/search/SearchHost'
import { useApplyDeviceSettings } from '../features/settings/apply'
import { useFocusOnArrival } from './focus'
import { NoticeHost } from './NoticeHost'
import { useNavigation } from './navigation'
import { ProblemsBanner } from './ProblemsBanner'
import { Screen } from './Screens'
import { Sidebar } from './Sidebar'
import { useAppCommands } from './useAppCommands'

export function App() {
  const { route, arrival } = useNavigation()
  const main = useRef<HTMLElement>(null)
  useApplyDeviceSettings()
  useAppCommands()
  useFocusOnArrival(arrival, main)

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
      <SearchHost />
    </div>
  )
}
