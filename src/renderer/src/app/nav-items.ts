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
  { label: 'People', route: { screen: 'people' }, screens: ['people', 'partner'], icon: '☺' },
  { label: 'Goals', route: { screen: 'goals' }, screens: ['goals', 'goal'], icon: '◎' },
  { label: 'Skills', route: { screen: 'skills' }, screens: ['skills', 'skill', 'skills-summary'], icon: '★' },
  { label: 'Practise skills', route: { screen: 'review' }, screens: ['review'], icon: '↻' },
  {
    label: 'Reflections',
    route: { screen: 'reflections' },
    screens: ['reflections', 'reflection'],
    icon: '❝',
  },
  { label: 'Journey', route: { screen: 'journey' }, screens: ['journey'], icon: '↗' },
  { label: 'Prompts', route: { screen: 'prompts' }, screens: ['prompts'], icon: '?' },
  { label: 'Programs', route: { screen: 'programs' }, screens: ['programs'], icon: '▦' },
  { label: 'Export', route: { screen: 'export' }, screens: ['export'], icon: '⤓' },
  { label: 'Trash', route: { screen: 'trash' }, screens: ['trash'], icon: '⌫' },
  { label: 'Settings', route: { screen: 'settings' }, screens: ['settings'], icon: '⚙' },
]
