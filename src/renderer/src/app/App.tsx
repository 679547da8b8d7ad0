import { useApplyDeviceSettings } from '../features/settings/apply'
import { NoticeHost } from './NoticeHost'
import { useNavigation } from './navigation'
import { ProblemsBanner } from './ProblemsBanner'
import { Screen } from './Screens'
import { Sidebar } from './Sidebar'
import { useAppCommands } from './useAppCommands'

export function App() {
  const { route } = useNavigation()
  useApplyDeviceSettings()
  useAppCommands()

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar />
      <main id="main" className="main" tabIndex={-1}>
        <ProblemsBanner />
        <Screen route={route} />
      </main>
      <NoticeHost />
    </div>
  )
}
