import { expect, test } from './fixtures'

test('the day’s automatic backup is listed after the first edit and restores from the list, after asking', async ({
  app,
}) => {
  const { page, sessions } = app
  await sessions.log({ title: 'Miro basics with Sam', learned: 'Dot voting.' })

  await app.export.open()
  const list = app.export.backupList
  await expect(list).toContainText('Daily')
  await expect(list).toContainText('1 session')

  const dialog = await app.export.askToRestoreListed(0)
  await expect(dialog).toContainText('1 session')
  await expect(dialog).toContainText('Tandem first saves your current journal')
  await dialog.getByRole('button', { name: 'Restore' }).click()
  await expect(app.export.result('Journal restored')).toBeVisible()
  // The journal as it was is listed too now.
  await expect(list).toContainText('Before a restore')

  await sessions.openList()
  await expect(sessions.row('Miro basics with Sam')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('how many backups to keep is set in Settings, reached from Export, with its limits shown at the field', async ({
  app,
}) => {
  const { page } = app
  await app.export.open()
  await page.getByRole('button', { name: 'Choose how many backups to keep in Settings' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  const form = page.getByRole('form', { name: 'Backups to keep' })
  await form.getByLabel('Daily backups to keep').fill('0')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(form).toContainText('Keep at least 1 daily backup.')
  await form.getByLabel('Daily backups to keep').fill('30')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(form).toContainText('Saved')
  await app.restart()
  await app.settings.open()
  await expect(app.page.getByLabel('Daily backups to keep')).toHaveValue('30')
})
