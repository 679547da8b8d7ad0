import { expect, test } from './fixtures'

// Issue 11: a new journal shows a three-step start on Home (add your partner, log your first session,
// set a goal), each step marked done from the journal itself, until all three are.
test('Home shows the three-step start until a partner, a session and a goal exist', async ({ app }) => {
  const { page } = app
  const start = page.getByRole('region', { name: 'Welcome to Tandem' })
  await expect(start).toBeVisible()
  await expect(start).toContainText('0 of 3 done')
  const steps = start.getByRole('listitem')
  await expect(steps).toHaveCount(3)

  await start.getByRole('button', { name: 'Add your partner' }).click()
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible()
  await app.people.add('Sam Okafor')
  await app.nav.go('Home')
  await expect(start).toContainText('1 of 3 done')
  await expect(steps.nth(0)).toContainText('Done.')
  await expect(start.getByRole('button', { name: 'Add your partner' })).toHaveCount(0)

  await start.getByRole('button', { name: 'Log your first session' }).click()
  await app.sessions.fill({ title: 'Sharing my calendar', partner: 'Sam Okafor' })
  await expect(app.nav.status).toHaveText('Saved')
  await app.nav.go('Home')
  await expect(start).toContainText('2 of 3 done')

  await start.getByRole('button', { name: 'Set a goal' }).click()
  const dialog = page.getByRole('dialog', { name: 'New goal' })
  await dialog.getByLabel('Goal', { exact: true }).fill('Run my own Teams meetings')
  await dialog.getByRole('button', { name: 'Create goal' }).click()
  await expect(app.goals.title).toHaveValue('Run my own Teams meetings')
  await app.nav.go('Home')
  await expect(
    page.getByRole('heading', { name: /Good (morning|afternoon|evening)/, level: 1 }),
  ).toBeVisible()
  await expect(start).toHaveCount(0)
})
