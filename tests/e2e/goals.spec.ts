import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** A local YYYY-MM-DD `days` from today, as the app's date pickers want it. */
function inDays(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

async function createGoal(page: Page, title: string, targetDate?: string) {
  await page.getByRole('button', { name: 'Goals', exact: true }).click()
  const first = page.getByRole('button', { name: 'Set your first goal' })
  if (await first.isVisible()) await first.click()
  else await page.getByRole('button', { name: 'New goal' }).click()
  const dialog = page.getByRole('dialog', { name: 'New goal' })
  await dialog.getByLabel('Goal', { exact: true }).fill(title)
  if (targetDate) await dialog.getByLabel('Target date').fill(targetDate)
  await dialog.getByRole('button', { name: 'Create goal' }).click()
  await expect(page.getByRole('textbox', { name: 'Goal title' })).toHaveValue(title)
}

test('a goal with milestones: tick, reorder, check in, change status, and find it all after a restart', async ({
  app,
}) => {
  const { page } = app
  await createGoal(page, 'Find speakers on LinkedIn', inDays(10))
  await page.getByRole('button', { name: '+ Add milestone' }).click()
  await page.getByRole('textbox', { name: 'Milestone 1', exact: true }).fill('Set up a saved search')
  await page.getByRole('textbox', { name: 'Milestone 1', exact: true }).press('Enter')
  await page.getByRole('textbox', { name: 'Milestone 2', exact: true }).fill('Message ten people')
  await page.getByRole('textbox', { name: 'Milestone 2', exact: true }).press('Enter')
  await page.getByRole('textbox', { name: 'Milestone 3', exact: true }).fill('Confirm five speakers')
  await page.getByRole('textbox', { name: 'Why it matters' }).fill('Our conference needs **fresh voices**.')
  await expect(page.getByRole('region', { name: 'Why it matters, preview' }).locator('strong')).toHaveText(
    'fresh voices',
  )
  await expect(page.getByRole('status')).toHaveText('Saved')

  const progress = page.getByRole('progressbar', { name: 'Progress of Find speakers on LinkedIn' })
  await expect(progress).toHaveAttribute('aria-valuenow', '0')
  await page.getByRole('checkbox', { name: 'Done: Set up a saved search' }).check()
  await expect(progress).toHaveAttribute('aria-valuenow', '33')
  await expect(page.getByText('33% · 1 of 3 milestones')).toBeVisible()

  // Reorder by keyboard: focus stays on the moved milestone's button.
  await page.getByRole('button', { name: 'Move Confirm five speakers up' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Milestone 2', exact: true })).toHaveValue(
    'Confirm five speakers',
  )
  await expect(page.getByRole('textbox', { name: 'Milestone 3', exact: true })).toHaveValue(
    'Message ten people',
  )

  await page.getByLabel('How is it going?').fill('The saved search already found twelve people.')
  await page.getByRole('button', { name: 'Add check-in' }).click()
  const checkIns = page.getByRole('list', { name: 'Check-ins' })
  await expect(checkIns).toContainText('The saved search already found twelve people.')
  await expect(checkIns).toContainText('33%')
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText(
    'Milestone done: Set up a saved search',
  )

  await page.getByRole('button', { name: 'Change status' }).click()
  const statusDialog = page.getByRole('dialog', { name: 'Change status' })
  await statusDialog.getByRole('radio', { name: 'Pause it' }).check()
  await statusDialog.getByRole('button', { name: 'Save status' }).click()
  await expect(statusDialog).toBeHidden()
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Paused')
  await expect(page.getByRole('status')).toHaveText(/Saved|^$/)

  const page2 = await app.restart()
  await page2.getByRole('button', { name: 'Goals', exact: true }).click()
  const list = page2.getByRole('list', { name: 'Goals' })
  await expect(list).toContainText('Next: Confirm five speakers')
  await expect(list).toContainText('Due soon')
  await list.getByRole('button', { name: 'Find speakers on LinkedIn' }).click()
  await expect(page2.getByRole('textbox', { name: 'Milestone 2', exact: true })).toHaveValue(
    'Confirm five speakers',
  )
  await expect(page2.getByRole('checkbox', { name: 'Done: Set up a saved search' })).toBeChecked()
  await expect(page2.getByRole('list', { name: 'Check-ins' })).toContainText('twelve people')
  await expect(page2.getByRole('list', { name: 'Timeline' })).toContainText('Paused')
})

test('achieving a goal asks for a closing reflection', async ({ app }) => {
  const { page } = app
  await createGoal(page, 'Run a team retro in Miro')
  await page.getByRole('button', { name: 'Change status' }).click()
  const dialog = page.getByRole('dialog', { name: 'Change status' })
  await dialog.getByRole('radio', { name: 'Mark it achieved' }).check()
  await dialog.getByRole('button', { name: 'Save status' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Write a short closing reflection: what made it work?')
  await dialog.getByLabel('Closing reflection').fill('The template made voting painless.')
  await dialog.getByRole('button', { name: 'Save status' }).click()
  await expect(dialog).toBeHidden()
  const summary = page.getByRole('region', { name: 'Summary' })
  await expect(summary).toContainText('Achieved')
  await expect(summary).toContainText('The template made voting painless.')
  await page.getByRole('button', { name: 'All goals' }).click()
  await expect(page.getByText('No goal matches these filters.')).toBeVisible()
  await page.getByLabel('Status').selectOption('achieved')
  await expect(page.getByRole('list', { name: 'Goals' })).toContainText('The template made voting painless.')
})

test('bad input gets a message at the field and nothing is saved half', async ({ app }) => {
  const { page } = app
  await createGoal(page, 'Coach a board presentation', inDays(30))
  await page.getByLabel('Target date').fill('2000-01-01')
  await page.getByLabel('Specific outcome').fill('A confident ten-minute pitch')
  await expect(page.getByRole('status')).toHaveText(
    'Not saved — The target date cannot be before the start date.',
  )
  await expect(page.locator('.field-error')).toHaveText('The target date cannot be before the start date.')
  await expect(page.getByLabel('Target date')).toHaveAttribute('aria-invalid', 'true')

  await page.getByLabel('Target date').fill(inDays(30))
  await expect(page.getByRole('status')).toHaveText('Saved')
  await page.getByRole('radio', { name: 'Set by hand' }).check()
  await page.getByLabel('Progress (%)').fill('150')
  await page.getByLabel('Why set by hand').fill('Rehearsals count more than milestones')
  await expect(page.getByRole('status')).toHaveText('Not saved — Progress cannot be above 100.')
  await page.getByLabel('Progress (%)').fill('60')
  await expect(page.getByRole('status')).toHaveText('Saved')
  await expect(page.getByText('60% · set by hand')).toBeVisible()

  await page.getByRole('textbox', { name: 'Goal title' }).fill('')
  await page.getByLabel('Specific outcome').fill('Half saved?')
  await expect(page.getByRole('status')).toHaveText('Not saved — Give your goal a title.')

  const page2 = await app.restart()
  await page2.getByRole('button', { name: 'Goals', exact: true }).click()
  await page2.getByRole('button', { name: 'Coach a board presentation' }).click()
  await expect(page2.getByLabel('Specific outcome')).toHaveValue('A confident ten-minute pitch')
  await expect(page2.getByText('60% · set by hand')).toBeVisible()
})

test('sessions link to goals, action items become milestones, and deleting a goal keeps its session', async ({
  app,
}) => {
  const { page } = app
  await createGoal(page, 'Find speakers on LinkedIn')

  await page.keyboard.press('Control+n')
  await page.getByRole('textbox', { name: 'Title' }).fill('LinkedIn search with Ana')
  await page.getByRole('button', { name: '+ Add action item' }).click()
  await page.getByRole('textbox', { name: 'Action item 1', exact: true }).fill('Draft the outreach message')
  await expect(page.getByRole('status')).toHaveText('Saved')

  const panel = page.getByRole('group', { name: 'Goals this session worked on' })
  await panel.getByLabel('Goal to link').selectOption({ label: 'Find speakers on LinkedIn' })
  await panel.getByRole('button', { name: 'Link goal' }).click()
  await expect(panel.getByRole('list', { name: 'Linked goals' })).toContainText('Find speakers on LinkedIn')

  await page.getByRole('button', { name: 'Make it a milestone' }).click()
  await page
    .getByLabel('Goal for Draft the outreach message')
    .selectOption({ label: 'Find speakers on LinkedIn' })
  await page.getByRole('button', { name: 'Add milestone' }).click()
  await expect(page.getByText('◎ Milestone of Find speakers on LinkedIn')).toBeVisible()

  await page.getByRole('button', { name: 'All sessions' }).click()
  await expect(page.getByRole('button', { name: /LinkedIn search with Ana/ })).toContainText(
    '◎ Find speakers on LinkedIn',
  )

  const page2 = await app.restart()
  await page2.getByRole('button', { name: 'Goals', exact: true }).click()
  await page2.getByRole('button', { name: 'Find speakers on LinkedIn' }).click()
  await expect(page2.getByRole('textbox', { name: 'Milestone 1', exact: true })).toHaveValue(
    'Draft the outreach message',
  )
  const linked = page2.getByRole('list', { name: 'Linked sessions' })
  await expect(linked).toContainText('LinkedIn search with Ana')

  await page2.getByRole('button', { name: 'Delete goal' }).click()
  const confirm = page2.getByRole('dialog', { name: 'Delete this goal?' })
  await expect(confirm).toContainText('The sessions linked to it stay in your journal.')
  await confirm.getByRole('button', { name: 'Delete goal' }).click()
  await expect(
    page2.getByRole('heading', { name: 'What do you want to get out of mentoring?' }),
  ).toBeVisible()

  await page2.getByRole('button', { name: 'Sessions', exact: true }).click()
  const row = page2.getByRole('button', { name: /LinkedIn search with Ana/ })
  await expect(row).toBeVisible()
  await expect(row).not.toContainText('◎')
  await row.click()
  await expect(page2.getByRole('group', { name: 'Goals this session worked on' })).toContainText(
    'No goals yet.',
  )
})

test('the home screen lists goals due soon and overdue milestones', async ({ app }) => {
  const { page } = app
  await page.keyboard.press('Control+n')
  await page.getByRole('textbox', { name: 'Title' }).fill('Kick-off')
  await expect(page.getByRole('status')).toHaveText('Saved')
  await createGoal(page, 'Present at the board meeting', inDays(5))
  await page.getByRole('button', { name: '+ Add milestone' }).click()
  await page.getByRole('textbox', { name: 'Milestone 1', exact: true }).fill('Book a rehearsal room')
  await page.getByLabel('Due date for milestone 1').fill(inDays(-2))
  await expect(page.getByRole('status')).toHaveText('Saved')

  await page.getByRole('button', { name: 'Home', exact: true }).click()
  const card = page.getByRole('region', { name: 'Goals due soon' })
  await expect(card.getByRole('list', { name: 'Goals due in the next 14 days' })).toContainText(
    'Present at the board meeting',
  )
  await expect(card.getByRole('list', { name: 'Overdue milestones' })).toContainText('Book a rehearsal room')
  await card
    .getByRole('list', { name: 'Goals due in the next 14 days' })
    .getByRole('button', { name: 'Present at the board meeting' })
    .click()
  await expect(page.getByRole('textbox', { name: 'Goal title' })).toHaveValue('Present at the board meeting')
})
