import { recordMaker } from '../bench/records'
import { inDays } from './dates'
import { expect, test } from './fixtures'
import { seedJournal } from './seed'

/** Defect 6 of issue 11: focus goes where people look, after every way of arriving at a screen. */

test('a new session starts in its title, from Ctrl+N and from the sidebar button', async ({ app }) => {
  const { page, sessions } = app
  await app.nav.go('Goals')
  await sessions.startNew()
  await expect(sessions.title).toBeFocused()
  await page.keyboard.type('Pivot tables with Sam')
  await expect(sessions.title).toHaveValue('Pivot tables with Sam')

  await app.nav.go('Home')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^New session/ })
    .click()
  await expect(sessions.title).toBeFocused()
  await expect(sessions.title).toHaveValue('')
})

test('choosing a screen or opening a session moves focus to the screen’s heading', async ({ app }) => {
  const { page, sessions } = app
  await sessions.log({ title: 'Retro on Miro' })

  for (const [screen, heading] of [
    ['Goals', 'Goals'],
    ['Practise skills', 'Practise skills'],
    ['Sessions', 'Sessions'],
  ] as const) {
    await app.nav.go(screen)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused()
  }
  // From there the next Tab goes into the screen, not back to the sidebar.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('main')).toContainText('Sessions')
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)

  await sessions.row('Retro on Miro').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Session' })).toBeFocused()
  await expect(sessions.title).toHaveValue('Retro on Miro')

  await page.getByRole('button', { name: 'All sessions' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeFocused()
})

test('in Practise skills, "Show what it is for" moves focus to the answer', async ({ app }) => {
  const make = recordMaker(6)
  const skill = make.skill({
    name: 'Pivot tables',
    purpose: 'Summing a long list by month without formulas.',
    firstMet: inDays(-10),
  })
  await seedJournal(app.dataDir, { skills: [skill] })
  const page = await app.restart()
  await app.nav.go('Practise skills')
  await app.skills.reveal()
  const answer = page.getByRole('region', { name: 'What it is for' })
  await expect(answer).toBeFocused()
  await expect(answer).toContainText('Summing a long list')
})

test('Escape closes dialogs and the formatting help, and focus goes back', async ({ app }) => {
  const { page } = app
  await app.nav.go('Goals')
  await page.getByRole('button', { name: 'Set your first goal' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  await app.sessions.startNew()
  const more = page.getByRole('button', { name: 'More about formatting' })
  await more.click()
  const help = page.getByRole('dialog', { name: 'Formatting' })
  await expect(help).toBeVisible()
  await expect(help).toContainText('a numbered list')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(more).toBeFocused()
})
