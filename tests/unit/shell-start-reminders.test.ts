import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it, vi } from 'vitest'
import { systemClock } from '../../src/main/context'
import { APP_COMMAND_EVENT } from '../../src/shared/contract/commands'
import { BrowserWindow, Notification } from './fakes/electron'
import { skillDraft } from './helpers/records'
import { startShell } from './helpers/shell'
import { openEngine } from './helpers/temp'

vi.mock('electron', () => import('./fakes/electron'))

it('shows a due reminder once the window is up, and a click brings the window forward on that screen', async () => {
  const home = await mkdtemp(join(tmpdir(), 'tandem-shell-'))
  // A journal with reminders on (from midnight, so the test passes at any hour) and a skill due today.
  const seed = await openEngine(join(home, 'journal'), systemClock)
  await seed.call('settings:update', { journal: { reminders: { enabled: true, time: '00:00' } } })
  await seed.call('skills:create', skillDraft())
  await seed.tandem.close()

  const win = await startShell(home)
  if (!win) throw new Error('no window')

  // Nothing is shown before the window is: start-up never waits on reminders.
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(Notification.made).toEqual([])
  win.emit('ready-to-show')
  await vi.waitFor(() => expect(Notification.made).toHaveLength(1))
  const notification = Notification.made[0]
  expect(notification?.options).toEqual({
    title: '1 skill to practise',
    body: 'A few minutes of practice help it stick.',
  })
  expect(notification?.shown).toBe(true)
  expect(win.webContents.sent).toEqual([])

  notification?.emit('click')
  expect(win.shown).toBe(true)
  expect(win.focused).toBe(true)
  expect(win.webContents.sent).toEqual([
    { channel: APP_COMMAND_EVENT, args: [{ kind: 'go', screen: 'review' }] },
  ])

  // With the window closed (macOS keeps running), a click opens a new one and tells it once it has loaded.
  win.emit('closed')
  win.destroy()
  notification?.emit('click')
  const reopened = BrowserWindow.made[1]
  expect(reopened?.loaded).toBe('tandem://app/index.html')
  expect(reopened?.webContents.sent).toEqual([])
  reopened?.webContents.emit('did-finish-load')
  expect(reopened?.webContents.sent).toEqual([
    { channel: APP_COMMAND_EVENT, args: [{ kind: 'go', screen: 'review' }] },
  ])

  // Only one a day, however often the schedule looks.
  expect(Notification.made).toHaveLength(1)
})
