import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it, vi } from 'vitest'

import { startShell } from './helpers/shell'

vi.mock('electron', () => import('./fakes/electron'))

it('reopens the window maximized, at its remembered size, brought back from a display that is gone, and remembers it on close', async () => {
  const home = await mkdtemp(join(tmpdir(), 'tandem-shell-'))
  await writeFile(
    join(home, 'window-state.json'),
    JSON.stringify({ schemaVersion: 1, x: 4000, y: 200, width: 1000, height: 700, maximized: true }),
  )
  const win = await startShell(home)
  expect(win?.options).toMatchObject({ width: 1000, height: 700 })
  expect(win?.options.x).toBeUndefined()
  expect(win?.maximized).toBe(true)

  win?.emit('close')
  await vi.waitFor(async () => {
    const saved = JSON.parse(await readFile(join(home, 'window-state.json'), 'utf8'))
    expect(saved).toMatchObject({ schemaVersion: 1, width: 1000, height: 700, maximized: true })
    expect(saved.x).not.toBe(4000)
  })
})
