import { expect, vi } from 'vitest'
import { app, BrowserWindow } from '../fakes/electron'

/**
 * Starts the real src/main/index.ts against the stand-in electron module, with Electron's userData
 * (and documents) at `home`, and resolves with the main window once it exists. The calling test file
 * mocks 'electron' itself (`vi.mock('electron', () => import('./fakes/electron'))`: vi.mock is hoisted
 * per file) and prepares `home` first (a journal, a window-state file) when it needs to.
 */
export async function startShell(home: string): Promise<BrowserWindow> {
  process.env.TANDEM_USER_DATA_DIR = home
  app.setPath('userData', home)
  app.setPath('documents', home)
  await import('../../../src/main/index')
  await vi.waitFor(() => expect(BrowserWindow.made).toHaveLength(1), { timeout: 10_000 })
  const win = BrowserWindow.made[0]
  if (!win) throw new Error('no window')
  return win
}
