import type { AppCommand } from './contract/commands'

/**
 * The app's commands, once: the menu in main and the page's key handler are both built from this
 * table, so a key cannot do one thing in the menu and another in the page. Keys are written in
 * Electron's accelerator syntax; the first is the one the menu shows, the others are aliases.
 */
export interface MenuCommand {
  label: string
  /** Keys on Windows and Linux (and on macOS when `macKeys` is absent). */
  keys: readonly string[]
  /** Keys on macOS, where they differ (Back is Cmd+[ there, Alt+Left elsewhere). */
  macKeys?: readonly string[]
  command: AppCommand
}

const go = (screen: Extract<AppCommand, { kind: 'go' }>['screen']): AppCommand => ({ kind: 'go', screen })

export const menuCommands = {
  newSession: { label: 'New session', keys: ['CmdOrCtrl+N'], command: { kind: 'new-session' } },
  newGoal: { label: 'New goal', keys: [], command: { kind: 'new-goal' } },
  newReflection: { label: 'New reflection', keys: [], command: { kind: 'new-reflection' } },
  // The same screen as View › Export; its key is shown there only.
  exportScreen: { label: 'Export…', keys: [], command: go('export') },
  // It asks where to save, hence the ellipsis.
  backUpNow: { label: 'Back up now…', keys: [], command: { kind: 'back-up-now' } },
  // Saves what is being typed, then locks (an encrypted journal; otherwise the renderer says why not).
  lockNow: { label: 'Lock Tandem', keys: ['CmdOrCtrl+L'], command: { kind: 'lock' } },

  // In the sidebar's order, so the number matches the place: Home, Sessions, People, Goals, Skills,
  // Practise skills, Reflections; then Export and Settings.
  goHome: { label: 'Home', keys: ['CmdOrCtrl+1'], command: go('home') },
  goSessions: { label: 'Sessions', keys: ['CmdOrCtrl+2'], command: go('sessions') },
  goPeople: { label: 'People', keys: ['CmdOrCtrl+3'], command: go('people') },
  goGoals: { label: 'Goals', keys: ['CmdOrCtrl+4'], command: go('goals') },
  goSkills: { label: 'Skills', keys: ['CmdOrCtrl+5'], command: go('skills') },
  goReview: { label: 'Practise skills', keys: ['CmdOrCtrl+6'], command: go('review') },
  goReflections: { label: 'Reflections', keys: ['CmdOrCtrl+7'], command: go('reflections') },
  goExport: { label: 'Export', keys: ['CmdOrCtrl+8'], command: go('export') },
  goSettings: { label: 'Settings', keys: ['CmdOrCtrl+9'], command: go('settings') },

  // Both the = key and a real + (shifted on some layouts, its own key on others and on the keypad).
  textLarger: {
    label: 'Larger',
    keys: ['CmdOrCtrl+=', 'CmdOrCtrl+Plus'],
    command: { kind: 'text-size', change: 'larger' },
  },
  textSmaller: { label: 'Smaller', keys: ['CmdOrCtrl+-'], command: { kind: 'text-size', change: 'smaller' } },
  textReset: { label: 'Actual size', keys: ['CmdOrCtrl+0'], command: { kind: 'text-size', change: 'reset' } },

  themeSystem: { label: 'System', keys: [], command: { kind: 'theme', theme: 'system' } },
  themeLight: { label: 'Light', keys: [], command: { kind: 'theme', theme: 'light' } },
  themeDark: { label: 'Dark', keys: [], command: { kind: 'theme', theme: 'dark' } },

  // Ctrl/Cmd+K as in a command palette; Ctrl/Cmd+F as Find is in every editor. Neither is used elsewhere.
  openSearch: { label: 'Find…', keys: ['CmdOrCtrl+K', 'CmdOrCtrl+F'], command: { kind: 'open-search' } },

  back: { label: 'Back', keys: ['Alt+Left'], macKeys: ['Cmd+['], command: { kind: 'back' } },
  forward: { label: 'Forward', keys: ['Alt+Right'], macKeys: ['Cmd+]'], command: { kind: 'forward' } },
} as const satisfies Record<string, MenuCommand>

export type MenuCommandId = keyof typeof menuCommands

/** The keys of a command on this platform; the first is the one to show. */
export function keysOf(entry: MenuCommand, isMac: boolean): readonly string[] {
  return isMac && entry.macKeys ? entry.macKeys : entry.keys
}

/** What the page sees of a key press (a KeyboardEvent has all of these). */
export interface KeyPress {
  key: string
  code: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

type KeySpec =
  | { kind: 'letter'; letter: string }
  | { kind: 'digit'; digit: string }
  /** A character such as = - + [ ]: matched by the character, whatever Shift it took to type it. */
  | { kind: 'char'; char: string }
  | { kind: 'named'; key: string }

interface Accelerator {
  ctrl: boolean
  meta: boolean
  alt: boolean
  shift: boolean
  key: KeySpec
}

const NAMED_KEYS: Record<string, string> = {
  left: 'ArrowLeft',
  right: 'ArrowRight',
  up: 'ArrowUp',
  down: 'ArrowDown',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  escape: 'Escape',
  esc: 'Escape',
}

function keySpec(token: string): KeySpec {
  if (/^[a-z]$/i.test(token)) return { kind: 'letter', letter: token.toLowerCase() }
  if (/^[0-9]$/.test(token)) return { kind: 'digit', digit: token }
  if (token.toLowerCase() === 'plus') return { kind: 'char', char: '+' }
  const named = NAMED_KEYS[token.toLowerCase()]
  if (named) return { kind: 'named', key: named }
  if (/^[=\-[\]\\;',./`]$/.test(token)) return { kind: 'char', char: token }
  throw new Error(`The key "${token}" is not one the command table knows.`)
}

/** Reads an Electron accelerator ("CmdOrCtrl+Shift+N") as the modifiers and key it stands for here. */
export function parseAccelerator(accelerator: string, isMac: boolean): Accelerator {
  // "CmdOrCtrl++" is not used: the table writes Plus, as Electron's documentation asks.
  const tokens = accelerator.split('+')
  const last = tokens.pop()
  if (last === undefined || last === '') throw new Error(`"${accelerator}" names no key.`)
  const parsed: Accelerator = { ctrl: false, meta: false, alt: false, shift: false, key: keySpec(last) }
  for (const token of tokens) {
    switch (token.toLowerCase()) {
      case 'cmdorctrl':
      case 'commandorcontrol':
        if (isMac) parsed.meta = true
        else parsed.ctrl = true
        break
      case 'cmd':
      case 'command':
      case 'meta':
        parsed.meta = true
        break
      case 'ctrl':
      case 'control':
        parsed.ctrl = true
        break
      case 'alt':
      case 'option':
        parsed.alt = true
        break
      case 'shift':
        parsed.shift = true
        break
      default:
        throw new Error(`"${token}" in "${accelerator}" is not a modifier the command table knows.`)
    }
  }
  return parsed
}

function keyMatches(spec: KeySpec, press: KeyPress): boolean {
  switch (spec.kind) {
    case 'letter':
      // By the character on Latin layouts; by the key's place where the layout types another script.
      return /^[a-z]$/i.test(press.key)
        ? press.key.toLowerCase() === spec.letter
        : press.code === `Key${spec.letter.toUpperCase()}`
    case 'digit':
      // By place too: on AZERTY the top row types & é " … without Shift.
      return press.key === spec.digit || press.code === `Digit${spec.digit}`
    case 'char':
      return press.key === spec.char
    case 'named':
      return press.key === spec.key
  }
}

/** Whether the key press is this accelerator: exactly its modifiers (so AltGr, which is Ctrl+Alt, never is). */
export function acceleratorMatches(accelerator: string, press: KeyPress, isMac: boolean): boolean {
  const want = parseAccelerator(accelerator, isMac)
  if (press.ctrlKey !== want.ctrl || press.metaKey !== want.meta || press.altKey !== want.alt) return false
  // A character may take Shift to type (+ on a US keyboard); letters, digits and named keys may not.
  if (want.key.kind === 'char' ? want.shift && !press.shiftKey : press.shiftKey !== want.shift) return false
  return keyMatches(want.key, press)
}

/** The command a key press stands for on this platform, or null (plain typing never matches: every key has a modifier). */
export function commandForKey(press: KeyPress, isMac: boolean): AppCommand | null {
  for (const entry of Object.values(menuCommands) as MenuCommand[]) {
    if (keysOf(entry, isMac).some((accelerator) => acceleratorMatches(accelerator, press, isMac))) {
      return entry.command
    }
  }
  return null
}

/** How a key is written for people: ⌘N on macOS, Ctrl+N elsewhere. */
export function shortcutLabel(accelerator: string, isMac: boolean): string {
  const { ctrl, meta, alt, shift, key } = parseAccelerator(accelerator, isMac)
  const keyText =
    key.kind === 'letter'
      ? key.letter.toUpperCase()
      : key.kind === 'digit'
        ? key.digit
        : key.kind === 'char'
          ? key.char
          : key.key.replace(/^Arrow/, '')
  const arrows: Record<string, string> = { Left: '←', Right: '→', Up: '↑', Down: '↓' }
  if (isMac) {
    return `${ctrl ? '⌃' : ''}${alt ? '⌥' : ''}${shift ? '⇧' : ''}${meta ? '⌘' : ''}${arrows[keyText] ?? keyText}`
  }
  return [ctrl && 'Ctrl', alt && 'Alt', shift && 'Shift', meta && 'Meta', keyText].filter(Boolean).join('+')
}
