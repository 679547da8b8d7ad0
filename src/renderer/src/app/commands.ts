import type { AppCommand, CommandScreen } from '../../../shared/contract/commands'
import type { BackupResult } from '../../../shared/contract/export'
import { type DeviceSettings, stepTextSize } from '../../../shared/domain/settings'
import { newReflectionRoute } from '../features/prompts/routes'
import { messageOf } from '../lib/client'
import { newGoalRoute, newSessionRoute, type Route } from './navigation'

/** What running a command may do; the hook (useAppCommands) wires these to navigation and mutations. */
export interface CommandActions {
  go(route: Route): void
  back(): void
  forward(): void
  /** This computer's settings as they are now. */
  device(): Promise<DeviceSettings>
  /** Saves a change to this computer's settings (the settings mutation). */
  updateDevice(change: Partial<DeviceSettings>): Promise<unknown>
  /** Asks where to save and writes the backup (the backup mutation); null when the user cancelled. */
  backUp(): Promise<BackupResult | null>
  /** Says something in the app's notice. */
  notify(message: string): void
  /** Whether a modal dialog is open (a form the user is filling in). */
  dialogOpen(): boolean
  /** Opens the search dialog over whatever screen is showing. */
  openSearch(): void
  /** Saves what is being typed, then locks the journal (lock:now). */
  lock(): Promise<void>
  /** Main locked the journal itself: show the lock screen. */
  locked(): void
}

/** Commands that take the user to another screen or editor. */
const LEAVES_SCREEN = new Set<AppCommand['kind']>([
  'new-session',
  'new-goal',
  'new-reflection',
  'go',
  'back',
  'forward',
])

/** The screen each `go` command opens. */
export const screenRoutes: Record<CommandScreen, Route> = {
  home: { screen: 'home' },
  sessions: { screen: 'sessions' },
  goals: { screen: 'goals' },
  skills: { screen: 'skills' },
  review: { screen: 'review' },
  reflections: { screen: 'reflections' },
  prompts: { screen: 'prompts' },
  programs: { screen: 'programs' },
  export: { screen: 'export' },
  trash: { screen: 'trash' },
  people: { screen: 'people' },
  settings: { screen: 'settings' },
}

/**
 * The one place AppCommands run, whether they came from the menu, a notification or a key. Settings
 * commands run one after another, each from the settings the one before saved, so pressing Larger
 * twice quickly is two steps, not one step twice.
 */
export function createCommandRunner(actions: CommandActions): (command: AppCommand) => Promise<void> {
  let settingsTurn: Promise<unknown> = Promise.resolve()
  const inTurn = (task: () => Promise<void>, failure: string): Promise<void> => {
    const run = settingsTurn.then(task).catch((error: unknown) => {
      actions.notify(`${failure} ${messageOf(error)}`)
    })
    settingsTurn = run
    return run
  }

  return async (command) => {
    // As a native app greys its menu out under a sheet: leaving would drop what the dialog holds.
    if (LEAVES_SCREEN.has(command.kind) && actions.dialogOpen()) return
    switch (command.kind) {
      case 'new-session':
        return actions.go(newSessionRoute())
      case 'new-goal':
        return actions.go(newGoalRoute())
      case 'new-reflection':
        return actions.go(newReflectionRoute(null))
      case 'go': {
        return actions.go(screenRoutes[command.screen])
      }
      case 'open-search':
        // Not over another dialog (nor over itself): a form in a dialog keeps the keyboard.
        if (actions.dialogOpen()) return
        return actions.openSearch()
      case 'back':
        return actions.back()
      case 'forward':
        return actions.forward()
      case 'text-size':
        return inTurn(async () => {
          const { textSize } = await actions.device()
          const next = stepTextSize(textSize, command.change)
          if (next !== textSize) await actions.updateDevice({ textSize: next })
        }, 'The text size was not changed.')
      case 'theme':
        return inTurn(
          () => actions.updateDevice({ theme: command.theme }).then(() => undefined),
          'The theme was not changed.',
        )
      case 'back-up-now':
        try {
          const saved = await actions.backUp()
          if (saved) actions.notify(`Backup saved to ${saved.path}`)
        } catch (error) {
          actions.notify(`No backup was made. ${messageOf(error)}`)
        }
        return
      case 'lock':
        return actions.lock()
      case 'locked':
        return actions.locked()
    }
  }
}

/** Whether this is a Mac, whose keys are ⌘ where others use Ctrl. */
export function runsOnMac(): boolean {
  return /^Mac/.test(navigator.platform)
}
