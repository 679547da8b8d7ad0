import { keysOf, menuCommands, shortcutLabel } from '../../../shared/menu-commands'
import { runsOnMac } from './commands'
import { navItems } from './nav-items'
import { newSessionRoute, useNavigation } from './navigation'

export function Sidebar() {
  const { route, go } = useNavigation()
  const isMac = runsOnMac()
  const newSessionKey = keysOf(menuCommands.newSession, isMac)[0]
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ⇄
        </span>
        <span>Tandem</span>
      </div>
      <ul>
        {navItems.map((item) => {
          const current = item.screens.includes(route.screen)
          return (
            <li key={item.label}>
              <button
                type="button"
                className={current ? 'nav-item current' : 'nav-item'}
                aria-current={current ? 'page' : undefined}
                onClick={() => go(item.route)}
              >
                <span className="nav-icon" aria-hidden="true">
                  {item.icon}
                </span>
                {item.label}
              </button>
            </li>
          )
        })}
      </ul>
      <button type="button" className="button primary new-session" onClick={() => go(newSessionRoute())}>
        New session {newSessionKey && <kbd>{shortcutLabel(newSessionKey, isMac)}</kbd>}
      </button>
    </nav>
  )
}
