import { expect, test } from './fixtures'

/** Defect 7 of issue 11: before anything exists, screens say what is true and what to do next. */

test('Practise skills with no skills says there are none yet and how to add one', async ({ app }) => {
  const { page } = app
  await app.nav.go('Practise skills')
  await expect(page.getByRole('heading', { name: 'No skills to practise yet' })).toBeVisible()
  await expect(page.getByText('All caught up')).toHaveCount(0)
  await page.getByRole('main').getByRole('button', { name: 'Add a skill' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Skills' })).toBeVisible()
})

test('Home before the first session promises nothing that is not there', async ({ app }) => {
  const { page } = app
  const main = page.getByRole('main')
  await expect(main.getByRole('region', { name: 'Skills to practise' })).toContainText('No skills yet')
  await expect(main.getByText(/0 skills are due/)).toHaveCount(0)
  await expect(main.getByRole('region', { name: 'Goals due soon' })).toContainText('No goals yet')
  await expect(main.getByText('Nothing due in the next 14 days')).toHaveCount(0)
  // The prompt of the day is one for before a session or any time, never one about a session just held.
  const prompt = main.getByRole('region', { name: 'Prompt of the day' })
  await expect(prompt.locator('.prompt-meta')).toHaveText(/Before a session|Any time/)
  for (let i = 0; i < 4; i++) {
    await prompt.getByRole('button', { name: 'Another one' }).click()
    await expect(prompt.locator('.prompt-meta')).toHaveText(/Before a session|Any time/)
  }
})
