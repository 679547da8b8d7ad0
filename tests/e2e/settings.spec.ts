import { recordMaker } from '../bench/records'
import { inDays } from './dates'
import { expect, test } from './fixtures'
import { seedJournal } from './seed'

test('the Dark theme applies at once and is still chosen after a restart', async ({ app }) => {
  const { settings } = app
  await settings.open()
  await expect(settings.section('Appearance').getByRole('radio', { name: 'Same as my system' })).toBeChecked()
  expect((await settings.look()).theme).toBeNull()

  await settings.chooseTheme('Dark')
  await expect.poll(async () => (await settings.look()).theme).toBe('dark')
  await settings.section('Appearance').getByLabel('High contrast').check()
  await expect.poll(async () => (await settings.look()).contrast).toBe('high')

  await app.restart()
  await expect.poll(async () => (await settings.look()).theme).toBe('dark')
  expect((await settings.look()).contrast).toBe('high')
  await settings.open()
  await expect(settings.section('Appearance').getByRole('radio', { name: 'Dark' })).toBeChecked()
  await settings.chooseTheme('Light')
  await expect.poll(async () => (await settings.look()).theme).toBe('light')
})

test('text size 150% scales the app at once, with a preview line, and survives a restart', async ({
  app,
}) => {
  const { settings, page } = app
  await settings.open()
  const before = await page
    .getByRole('heading', { level: 1 })
    .evaluate((h) => h.getBoundingClientRect().height)
  await settings.chooseTextSize(150)
  await expect.poll(async () => (await settings.look()).textSize).toBe('150%')
  await expect(settings.section('Appearance')).toContainText('This is how your journal reads at 150%.')
  const after = await page
    .getByRole('heading', { level: 1 })
    .evaluate((h) => h.getBoundingClientRect().height)
  expect(after).toBeGreaterThan(before * 1.3)

  await app.restart()
  await expect.poll(async () => (await settings.look()).textSize).toBe('150%')
  await settings.open()
  await expect(settings.textSize(150)).toBeChecked()
})

test('the stale threshold set in Settings or on Skills is kept in the journal across a restart', async ({
  app,
}) => {
  const make = recordMaker()
  await seedJournal(app.dataDir, {
    skills: [make.skill({ name: 'Pivot tables', createdAt: `${inDays(-20)}T09:00:00.000Z` })],
  })
  await app.restart()
  const { settings, nav } = app
  const stale = () => app.page.getByRole('complementary', { name: 'Going stale' })

  await settings.open()
  await expect(settings.staleDays).toHaveValue('30')
  await settings.staleDays.fill('14')
  await app.restart()
  await settings.open()
  await expect(settings.staleDays).toHaveValue('14')
  await nav.go('Skills')
  await expect(stale().getByLabel('Not practised for at least (days)')).toHaveValue('14')
  await expect(stale()).toContainText('Pivot tables')

  await stale().getByLabel('Not practised for at least (days)').fill('45')
  await expect(stale()).toContainText('Nothing has gone quiet for that long.')
  await app.restart()
  await settings.open()
  await expect(settings.staleDays).toHaveValue('45')

  await settings.staleDays.fill('0')
  await expect(settings.section('Skills')).toContainText('Use at least 1 day.')
  await app.restart()
  await settings.open()
  await expect(settings.staleDays).toHaveValue('45')
})

test('reminders are off at first; turned on with a time and kinds they stay so after a restart', async ({
  app,
}) => {
  const { settings } = app
  await settings.open()
  const reminders = () => settings.section('Reminders')
  await expect(reminders()).toContainText('Reminders appear as notifications from your system.')
  await expect(reminders().getByLabel('Remind me', { exact: true })).not.toBeChecked()
  await expect(reminders().getByLabel('Time of day')).toBeDisabled()

  await reminders().getByLabel('Remind me', { exact: true }).check()
  await reminders().getByLabel('Time of day').fill('18:30')
  await reminders().getByLabel('Skills due for practice').uncheck()
  await expect(reminders().getByLabel('Skills due for practice')).not.toBeChecked()

  await app.restart()
  await settings.open()
  await expect(reminders().getByLabel('Remind me', { exact: true })).toBeChecked()
  await expect(reminders().getByLabel('Time of day')).toHaveValue('18:30')
  await expect(reminders().getByLabel('Skills due for practice')).not.toBeChecked()
  await expect(reminders().getByLabel('Weekly and monthly reflections')).toBeChecked()
  await expect(reminders().getByLabel('Before a next session you planned with a partner')).toBeChecked()
})

test('Settings shows the journal folder and opens it in the file manager; dates follow the system', async ({
  app,
}) => {
  const { settings } = app
  await settings.open()
  const folder = settings.section('Journal folder')
  await expect(folder).toContainText(app.dataDir)
  await folder.getByRole('button', { name: 'Show in file manager' }).click()
  await expect.poll(() => app.openedPaths).toEqual([app.dataDir])

  const dates = settings.section('Dates and numbers')
  await expect(dates).toContainText("Dates and numbers follow your system's format")
  const today = await app.page.evaluate(() =>
    new Date().toLocaleDateString(undefined, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }),
  )
  await expect(dates).toContainText(today)
  await expect(dates).toContainText(await app.page.evaluate(() => (1234.5).toLocaleString()))
})
