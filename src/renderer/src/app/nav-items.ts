import type { Route } from './navigation'

export interface NavItem {
  label: string
  route: Route
  /** Which screens light this item up. */
  screens: Route['screen'][]
  icon: string
}

/** The sidebar, in order. A feature adds its entry here when it lands. */
export const navItems: NavItem[] = [
  { label: 'Home', route: { screen: 'home' }, screens: ['home'], icon: '⌂' },
  { label: 'Sessions', route: { screen: 'sessions' }, screens: ['sessions', 'session'], icon: '✎' },
  { label: 'Goals', route: { screen: 'goals' }, screens: ['goals', 'goal'], icon: '◎' },
]
