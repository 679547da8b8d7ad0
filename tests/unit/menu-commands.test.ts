import { describe, expect, it } from 'vitest'
import { AppCommand } from '../../src/shared/contract/commands'
import {
  commandForKey,
  type KeyPress,
  keysOf,
  type MenuCommand,
  menuCommands,
  parseAccelerator,
  shortcutLabel,
} from '../../src/shared/menu-commands'

/** A key press with no modifier unless given, as a KeyboardEvent would carry it. */
const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: over.code ?? codeOf(key),
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
})
function codeOf(key: string): string {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`
  if (/^[0-9]$/.test(key)) return `Digit${key}`
  return { '=': 'Equal', '+': 'Equal', '-': 'Minus', '[': 'BracketLeft', ']': 'BracketRight' }[key] ?? key
}
const ctrl = (key: string, over: Partial<KeyPress> = {}) => press(key, { ctrlKey: true, ...over })
const cmd = (key: string, over: Partial<KeyPress> = {}) => press(key, { metaKey: true, ...over })
const onPc = (p: KeyPress) => commandForKey(p, false)
const onMac = (p: KeyPress) => commandForKey(p, true)

describe('the command table', () => {
  it('sends only valid AppCommands, and every key in it is one the matcher reads', () => {
    for (const entry of Object.values(menuCommands) as MenuCommand[]) {
      expect(AppCommand.safeParse(entry.command).success, entry.label).toBe(true)
      for (const key of [...entry.keys, ...(entry.macKeys ?? [])]) {
        expect(() => parseAccelerator(key, false), key).not.toThrow()
        expect(() => parseAccelerator(key, true), key).not.toThrow()
      }
    }
  })

  it('gives no two commands the same key', () => {
    for (const isMac of [false, true]) {
      const keys = (Object.values(menuCommands) as MenuCommand[]).flatMap((entry) => keysOf(entry, isMac))
      expect(new Set(keys).size).toBe(keys.length)
    }
  })
})

describe('matching a key press to a command', () => {
  it('Ctrl+N (⌘N on a Mac) is a new session, whatever the case of the letter', () => {
    expect(onPc(ctrl('n'))).toEqual({ kind: 'new-session' })
    expect(onPc(ctrl('N'))).toEqual({ kind: 'new-session' })
    expect(onMac(cmd('n'))).toEqual({ kind: 'new-session' })
    // Ctrl on a Mac is not Command, and Command elsewhere is not Ctrl.
    expect(onMac(ctrl('n'))).toBeNull()
    expect(onPc(cmd('n'))).toBeNull()
  })

  it('Ctrl+K and Ctrl+F (⌘K, ⌘F on a Mac) open search; with Shift they do not', () => {
    expect(onPc(ctrl('k'))).toEqual({ kind: 'open-search' })
    expect(onPc(ctrl('f'))).toEqual({ kind: 'open-search' })
    expect(onMac(cmd('k'))).toEqual({ kind: 'open-search' })
    expect(onMac(cmd('F'))).toEqual({ kind: 'open-search' })
    expect(onPc(ctrl('k', { shiftKey: true }))).toBeNull()
    expect(onPc(press('k'))).toBeNull()
  })

  it('finds the letter by its place when the layout types another script', () => {
    expect(onPc(ctrl('т', { code: 'KeyN' }))).toEqual({ kind: 'new-session' })
    // …but on a Latin layout the character wins over the place (AZERTY's A sits where Q is).
    expect(onPc(ctrl('a', { code: 'KeyN' }))).toBeNull()
  })

  it('Ctrl+1…9 open the screens in the sidebar’s order', () => {
    const screens = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => onPc(ctrl(d)))
    expect(screens).toEqual(
      ['home', 'sessions', 'people', 'goals', 'skills', 'review', 'reflections', 'export', 'settings'].map(
        (screen) => ({ kind: 'go', screen }),
      ),
    )
    // The top row of an AZERTY keyboard types & without Shift: the place counts.
    expect(onPc(ctrl('&', { code: 'Digit1' }))).toEqual({ kind: 'go', screen: 'home' })
    expect(onPc(ctrl('4', { code: 'Numpad4' }))).toEqual({ kind: 'go', screen: 'goals' })
  })

  it('text size: = and + (however typed) larger, - smaller, 0 actual size', () => {
    const larger = { kind: 'text-size', change: 'larger' }
    expect(onPc(ctrl('='))).toEqual(larger)
    expect(onPc(ctrl('+', { shiftKey: true }))).toEqual(larger) // Ctrl+Shift+= on a US keyboard
    expect(onPc(ctrl('+', { code: 'NumpadAdd' }))).toEqual(larger)
    expect(onPc(ctrl('=', { shiftKey: true, code: 'Digit0' }))).toEqual(larger) // = is Shift+0 in German
    expect(onPc(ctrl('-'))).toEqual({ kind: 'text-size', change: 'smaller' })
    expect(onPc(ctrl('-', { code: 'NumpadSubtract' }))).toEqual({ kind: 'text-size', change: 'smaller' })
    expect(onPc(ctrl('0'))).toEqual({ kind: 'text-size', change: 'reset' })
    expect(onMac(cmd('='))).toEqual(larger)
  })

  it('Back and Forward: Alt+arrows elsewhere, ⌘[ and ⌘] on a Mac', () => {
    expect(onPc(press('ArrowLeft', { altKey: true }))).toEqual({ kind: 'back' })
    expect(onPc(press('ArrowRight', { altKey: true }))).toEqual({ kind: 'forward' })
    expect(onMac(cmd('['))).toEqual({ kind: 'back' })
    expect(onMac(cmd(']'))).toEqual({ kind: 'forward' })
    // On a Mac, ⌥← moves by a word in a text field: it is not Back there.
    expect(onMac(press('ArrowLeft', { altKey: true }))).toBeNull()
    expect(onPc(ctrl('['))).toBeNull()
  })

  it('never takes plain typing, nor a key with more modifiers than its own', () => {
    for (const key of [
      'n',
      'N',
      '1',
      '3',
      '=',
      '+',
      '-',
      '0',
      '[',
      ']',
      'ArrowLeft',
      'ArrowRight',
      ' ',
      'é',
    ]) {
      expect(onPc(press(key)), key).toBeNull()
      expect(onPc(press(key, { shiftKey: true })), `Shift+${key}`).toBeNull()
      expect(onMac(press(key)), key).toBeNull()
    }
    expect(onPc(ctrl('n', { shiftKey: true }))).toBeNull()
    expect(onPc(ctrl('3', { shiftKey: true, key: '#' }))).toBeNull()
    // AltGr is Ctrl+Alt on Windows: AltGr+0 types } on a German keyboard, not Actual size.
    expect(onPc(ctrl('}', { altKey: true, code: 'Digit0' }))).toBeNull()
    expect(onPc(ctrl('0', { altKey: true }))).toBeNull()
    expect(onPc(ctrl('ArrowLeft'))).toBeNull() // Ctrl+← moves by a word
    expect(onPc(press('ArrowLeft', { altKey: true, shiftKey: true }))).toBeNull()
  })

  it('writes keys for people as each platform does', () => {
    expect(shortcutLabel('CmdOrCtrl+N', false)).toBe('Ctrl+N')
    expect(shortcutLabel('CmdOrCtrl+N', true)).toBe('⌘N')
    expect(shortcutLabel('Alt+Left', false)).toBe('Alt+Left')
    expect(shortcutLabel('Cmd+[', true)).toBe('⌘[')
  })

  it('refuses a key the table does not know, rather than matching it wrongly', () => {
    expect(() => parseAccelerator('CmdOrCtrl+F13', false)).toThrow(/F13/)
    expect(() => parseAccelerator('Hyper+N', false)).toThrow(/Hyper/)
  })
})
