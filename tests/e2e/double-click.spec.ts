import { expect, test } from './fixtures'

// Issue 11, defect 11: "New reflection" and "Delete reflection" were drawn in the same place, so a
// double click on the first landed on the second. A record not saved yet has no Delete button at all.
test('a double click on New reflection or New session never reaches Delete', async ({ app }) => {
  const { page } = app
  await app.nav.go('Reflections')
  await page.getByRole('button', { name: 'New reflection' }).first().dblclick()
  await expect(page.getByLabel('Answer', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Delete reflection' })).toHaveCount(0)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  // Once saved, it can be deleted, and the dialog says where it goes.
  await page.getByLabel('Answer', { exact: true }).fill('What I want to ask next time.')
  await expect(app.nav.status).toHaveText('Saved')
  await page.getByRole('button', { name: 'Delete reflection' }).click()
  await expect(page.getByRole('dialog', { name: 'Delete this reflection?' })).toContainText(
    'goes to the trash',
  )
  await page.getByRole('button', { name: 'Cancel' }).click()

  await app.nav.go('Sessions')
  await page
    .getByRole('button', { name: /New session/ })
    .first()
    .dblclick()
  await expect(page.getByLabel('Title', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Delete session' })).toHaveCount(0)
  await expect(page.getByRole('dialog')).toHaveCount(0)
})
