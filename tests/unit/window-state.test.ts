import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  boundsOnScreen,
  DEFAULT_BOUNDS,
  loadWindowState,
  saveWindowState,
  type WindowState,
} from '../../src/main/electron/window-state'
import { tempDir } from './helpers/temp'

const laptop = [{ x: 0, y: 0, width: 1440, height: 875 }]
const state = (patch: Partial<WindowState> = {}): WindowState => ({
  schemaVersion: 1,
  x: 100,
  y: 60,
  width: 1100,
  height: 760,
  maximized: false,
  ...patch,
})

describe('where the window opens', () => {
  it('opens at the default size the first time', () => {
    expect(boundsOnScreen(null, laptop)).toEqual(DEFAULT_BOUNDS)
  })

  it('comes back where it was, when that is on a display', () => {
    expect(boundsOnScreen(state(), laptop)).toEqual({ x: 100, y: 60, width: 1100, height: 760 })
  })

  it('is brought back on screen when the display it was on is gone, no larger than the display', () => {
    // It was on a second monitor to the right, 2560 px wide, that is no longer plugged in.
    const wasOnTheRight = state({ x: 1800, y: 100, width: 2400, height: 1300 })
    expect(boundsOnScreen(wasOnTheRight, laptop)).toEqual({ width: 1440, height: 875 })
    // Just a sliver left on screen is not enough to grab it.
    expect(boundsOnScreen(state({ x: 1400, y: 100 }), laptop)).toEqual({ width: 1100, height: 760 })
  })

  it('keeps a second display that still exists', () => {
    const twoScreens = [...laptop, { x: 1440, y: 0, width: 2560, height: 1400 }]
    expect(boundsOnScreen(state({ x: 1800, y: 100 }), twoScreens)).toMatchObject({ x: 1800, y: 100 })
  })
})

describe('the remembered state', () => {
  it('is saved privately and read back', async () => {
    const file = join(await tempDir(), 'window-state.json')
    await saveWindowState(file, state({ maximized: true }))
    expect(loadWindowState(file)).toEqual(state({ maximized: true }))
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(1)
  })

  it('is ignored when damaged or from another version: the window opens at the default size', async () => {
    const file = join(await tempDir(), 'window-state.json')
    for (const text of [
      '',
      '{"schemaVersion":1',
      '{"schemaVersion":2,"width":900,"height":600,"maximized":false}',
      '{"schemaVersion":1,"width":10,"height":10,"maximized":false}',
    ]) {
      await writeFile(file, text)
      expect(loadWindowState(file), text).toBeNull()
    }
  })
})
