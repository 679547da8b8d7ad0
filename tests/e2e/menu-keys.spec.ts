import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** The root font size every rem follows (the text-size setting), in px. */
const rootFontSize = (page: Page) =>
  page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize))

/** This computer's saved settings, as the file in its config folder has them. */
async function savedDevice(configDir: string): Promise<{ textSize?: number; theme?: string }> {
  try {
    return JSON.parse(await readFile(join(configDir, 'device-settings.json'), 'utf8'))
  } catch {
    return {}
  }
}

test('the keys open a new session, the screens, and go back and forward', async ({ app }) => {
  await expect(app.nav.current).toHaveText(/Home/)

  await app.keys.newSession()
  await expect(app.sessions.title).toBeVisible()
  await expect(app.sessions.title).toHaveValue('')
  await expect(app.nav.current).toHaveText(/Sessions/)

  await app.keys.screen(4)
  await expect(app.nav.current).toHaveText(/Goals/)

  await app.keys.back()
  await expect(app.sessions.title).toBeVisible()
  await app.keys.back()
  await expect(app.nav.current).toHaveText(/Home/)
  await expect(app.sessions.title).toHaveCount(0)

  await app.keys.forward()
  await expect(app.sessions.title).toBeVisible()
  await app.keys.forward()
  await expect(app.nav.current).toHaveText(/Goals/)
  // Nothing further ahead: Forward stays.
  await app.keys.forward()
  await expect(app.nav.current).toHaveText(/Goals/)

  // Going somewhere new drops what Forward would have gone to.
  await app.keys.back()
  await expect(app.sessions.title).toBeVisible()
  await app.keys.screen(6)
  await expect(app.nav.current).toHaveText(/Practise skills/)
  await app.keys.forward()
  await expect(app.nav.current).toHaveText(/Practise skills/)
  await app.keys.screen(7)
  await expect(app.nav.current).toHaveText(/Reflections/)
  await app.keys.screen(3)
  await expect(app.nav.current).toHaveText(/People/)
  await app.keys.screen(5)
  await expect(app.nav.current).toHaveText(/Skills/)
  await app.keys.screen(8)
  await expect(app.nav.current).toHaveText(/Export/)
  await app.keys.screen(9)
  await expect(app.nav.current).toHaveText(/Settings/)
})

test('text size: larger twice is 150%, kept after a restart, and actual size resets it', async ({ app }) => {
  expect(await rootFontSize(app.page)).toBe(16)
  await app.keys.textLarger()
  await app.keys.textLarger()
  await expect.poll(() => rootFontSize(app.page)).toBe(24)
  await expect.poll(async () => (await savedDevice(app.configDir)).textSize).toBe(150)

  const page = await app.restart()
  await expect(app.nav.current).toHaveText(/Home/)
  await expect.poll(() => rootFontSize(page)).toBe(24)

  await app.keys.textSmaller()
  await expect.poll(() => rootFontSize(page)).toBe(20)
  await app.keys.textReset()
  await expect.poll(() => rootFontSize(page)).toBe(16)
  await expect.poll(async () => (await savedDevice(app.configDir)).textSize).toBe(100)
  // Already at the smallest step: Smaller changes nothing.
  await app.keys.textSmaller()
  await app.keys.screen(1)
  expect(await rootFontSize(page)).toBe(16)
})

test('commands from the menu: the theme, new editors, a screen, and a backup with its notice', async ({
  app,
}) => {
  const root = app.page.locator('html')
  await expect(root).not.toHaveAttribute('data-theme')

  await app.sendCommand({ kind: 'theme', theme: 'dark' })
  await expect(root).toHaveAttribute('data-theme', 'dark')
  await expect.poll(async () => (await savedDevice(app.configDir)).theme).toBe('dark')

  // What is not an AppCommand never reaches the page.
  await app.sendCommand({ kind: 'theme', theme: 'hacker' })
  await app.sendCommand({ kind: 'go', screen: 'nowhere' })
  await app.sendCommand('new-session')
  await app.sendCommand({ kind: 'go', screen: 'goals' })
  await expect(app.nav.current).toHaveText(/Goals/)
  await expect(root).toHaveAttribute('data-theme', 'dark')

  await app.sendCommand({ kind: 'new-goal' })
  const newGoal = app.page.getByRole('dialog', { name: 'New goal' })
  await expect(newGoal).toBeVisible()
  // A dialog holds what the user typed: the keys do not take them away from it.
  await newGoal.getByRole('textbox', { name: 'Goal' }).fill('Run a retro in Miro')
  await app.keys.screen(2)
  await app.keys.back()
  await expect(newGoal.getByRole('textbox', { name: 'Goal' })).toHaveValue('Run a retro in Miro')
  await expect(app.nav.current).toHaveText(/Goals/)
  await newGoal.getByRole('button', { name: 'Cancel' }).click()
  await expect(newGoal).toBeHidden()

  await app.sendCommand({ kind: 'new-reflection' })
  await expect(app.page.getByRole('heading', { name: 'Reflection' })).toBeAttached()
  await expect(app.nav.current).toHaveText(/Reflections/)
  // Back to the goals list shows the list, not the dialog again.
  await app.keys.back()
  await expect(app.nav.current).toHaveText(/Goals/)
  await expect(newGoal).toBeHidden()

  await app.sendCommand({ kind: 'back-up-now' })
  await expect(app.nav.notice).toContainText(`Backup saved to ${app.exportDir}`)

  await app.sendCommand({ kind: 'theme', theme: 'system' })
  await expect(root).not.toHaveAttribute('data-theme')
})

test('typing in a text field is not taken by the keys', async ({ app }) => {
  await app.keys.newSession()
  const title = app.sessions.title
  await title.click()
  const typed = 'n3=-0[]N#+_)'
  await app.page.keyboard.type(typed)
  await expect(title).toHaveValue(typed)
  await app.page.keyboard.press('Shift+ArrowLeft')
  await app.page.keyboard.press('ArrowLeft')
  await app.page.keyboard.press('Control+ArrowLeft')
  await expect(title).toBeFocused()
  await expect(app.nav.current).toHaveText(/Sessions/)
  expect(await rootFontSize(app.page)).toBe(16)
})
