import { navItems } from './nav-items'
import { newSessionRoute, useNavigation } from './navigation'

export function Sidebar() {
  const { route, go } = useNavigation()
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
        New session <kbd>{navigator.platform.startsWith('Mac') ? '⌘N' : 'Ctrl+N'}</kbd>
      </button>
    </nav>
  )
}
