import { z } from 'zod'
import { ThemeChoice } from '../domain/settings'

/**
 * The one main → renderer message: a command from the application menu or from a clicked
 * notification. It is declared here, with its schema, so neither side sends or accepts a free-form
 * string; the preload checks every command against the schema before the page hears it.
 */
export const APP_COMMAND_EVENT = 'app:command' as const

/** Screens a command can open (the sidebar's, and those other issues add). */
export const CommandScreen = z.enum([
  'home',
  'sessions',
  'goals',
  'skills',
  'review',
  'reflections',
  'prompts',
  'programs',
  'export',
  'trash',
  'people',
  'settings',
])
export type CommandScreen = z.infer<typeof CommandScreen>

export const AppCommand = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new-session') }),
  z.object({ kind: z.literal('new-goal') }),
  z.object({ kind: z.literal('new-reflection') }),
  z.object({ kind: z.literal('back-up-now') }),
  z.object({ kind: z.literal('open-search') }),
  z.object({ kind: z.literal('go'), screen: CommandScreen }),
  z.object({ kind: z.literal('back') }),
  z.object({ kind: z.literal('forward') }),
  z.object({ kind: z.literal('text-size'), change: z.enum(['larger', 'smaller', 'reset']) }),
  z.object({ kind: z.literal('theme'), theme: ThemeChoice }),
  /** Lock now (menu, Ctrl/Cmd+L, the computer going to sleep or its screen locking): save what is typed, then lock:now. */
  z.object({ kind: z.literal('lock') }),
  /** Main locked the journal itself (the renderer did not answer `lock` in time): drop every cache, show the lock screen. */
  z.object({ kind: z.literal('locked') }),
])
export type AppCommand = z.infer<typeof AppCommand>

/**
 * `window.tandemShell`, the preload's second, small object: the commands the menu (or a clicked
 * notification) sends, each checked against `AppCommand` first, and whether the menu already handles
 * the keys (macOS), so the page's own key handler stands down and no key runs twice.
 */
export interface TandemShell {
  /** Calls `listener` with every valid command until the returned function is called. */
  onCommand(listener: (command: AppCommand) => void): () => void
  readonly keysHandledByMenu: boolean
}
