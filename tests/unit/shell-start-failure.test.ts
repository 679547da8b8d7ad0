import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it, vi } from 'vitest'
import { app, BrowserWindow, dialog } from './fakes/electron'

vi.mock('electron', () => import('./fakes/electron'))

it('a journal that cannot be opened shows a dialog naming the folder, and Quit exits with no window', async () => {
  const home = await mkdtemp(join(tmpdir(), 'tandem-shell-'))
  const blocked = join(home, 'journal-file')
  await writeFile(blocked, 'not a folder')
  process.env.TANDEM_USER_DATA_DIR = home
  process.env.TANDEM_DATA_DIR = blocked
  app.setPath('userData', home)
  dialog.answers.push(1) // Quit
  try {
    await import('../../src/main/index')
    await vi.waitFor(() => expect(app.exitCode).toBe(1), { timeout: 10_000 })
  } finally {
    delete process.env.TANDEM_DATA_DIR
  }
  expect(dialog.boxes).toHaveLength(1)
  expect(dialog.boxes[0]?.message).toBe('Tandem could not open your journal.')
  expect(dialog.boxes[0]?.detail).toContain(blocked)
  expect(BrowserWindow.made).toEqual([])
})
