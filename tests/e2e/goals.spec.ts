import { inDays } from './dates'
import { expect, test } from './fixtures'

test('a goal with milestones: tick, reorder, check in, change status, and find it all after a restart', async ({
  app,
}) => {
  const { page, goals } = app
  await goals.create({ title: 'Find speakers on LinkedIn', targetDate: inDays(10) })
  await goals.addMilestone({ text: 'Set up a saved search' })
  await goals.milestone(1).press('Enter')
  await goals.milestone(2).fill('Message ten people')
  await goals.milestone(2).press('Enter')
  await goals.milestone(3).fill('Confirm five speakers')
  await page.getByRole('textbox', { name: 'Why it matters' }).fill('Our conference needs **fresh voices**.')
  await expect(page.getByRole('region', { name: 'Why it matters, preview' }).locator('strong')).toHaveText(
    'fresh voices',
  )
  await expect(app.nav.status).toHaveText('Saved')

  const progress = page.getByRole('progressbar', { name: 'Progress of Find speakers on LinkedIn' })
  await expect(progress).toHaveAttribute('aria-valuenow', '0')
  await page.getByRole('checkbox', { name: 'Done: Set up a saved search' }).check()
  await expect(progress).toHaveAttribute('aria-valuenow', '33')
  await expect(page.getByText('33% · 1 of 3 milestones')).toBeVisible()

  // Reorder by keyboard: focus stays on the moved milestone's button.
  await page.getByRole('button', { name: 'Move Confirm five speakers up' }).focus()
  await page.keyboard.press('Enter')
  await expect(goals.milestone(2)).toHaveValue('Confirm five speakers')
  await expect(goals.milestone(3)).toHaveValue('Message ten people')

  await goals.checkIn('The saved search already found twelve people.')
  const checkIns = page.getByRole('list', { name: 'Check-ins' })
  await expect(checkIns).toContainText('The saved search already found twelve people.')
  await expect(checkIns).toContainText('33%')
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText(
    'Milestone done: Set up a saved search',
  )

  const statusDialog = await goals.changeStatus('Pause it')
  await expect(statusDialog).toBeHidden()
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Paused')
  await expect(app.nav.status).toHaveText(/Saved|^$/)

  const page2 = await app.restart()
  await app.nav.go('Goals')
  const list = goals.list
  await expect(list).toContainText('Next: Confirm five speakers')
  await expect(list).toContainText('Due soon')
  await list.getByRole('button', { name: 'Find speakers on LinkedIn' }).click()
  await expect(goals.milestone(2)).toHaveValue('Confirm five speakers')
  await expect(page2.getByRole('checkbox', { name: 'Done: Set up a saved search' })).toBeChecked()
  await expect(page2.getByRole('list', { name: 'Check-ins' })).toContainText('twelve people')
  await expect(page2.getByRole('list', { name: 'Timeline' })).toContainText('Paused')
})

test('achieving a goal asks for a closing reflection', async ({ app }) => {
  const { page, goals } = app
  await goals.create({ title: 'Run a team retro in Miro' })
  const dialog = await goals.openStatusDialog('Mark it achieved')
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
  await expect(goals.list).toContainText('The template made voting painless.')
})

test('bad input gets a message at the field and nothing is saved half', async ({ app }) => {
  const { page, goals } = app
  await goals.create({ title: 'Coach a board presentation', targetDate: inDays(30) })
  await page.getByLabel('Target date').fill('2000-01-01')
  await page.getByLabel('Specific outcome').fill('A confident ten-minute pitch')
  await expect(app.nav.status).toHaveText('Not saved — The target date cannot be before the start date.')
  await expect(page.locator('.field-error')).toHaveText('The target date cannot be before the start date.')
  await expect(page.getByLabel('Target date')).toHaveAttribute('aria-invalid', 'true')

  await page.getByLabel('Target date').fill(inDays(30))
  await expect(app.nav.status).toHaveText('Saved')
  await page.getByRole('radio', { name: 'Set by hand' }).check()
  await page.getByLabel('Progress (%)').fill('150')
  await page.getByLabel('Why set by hand').fill('Rehearsals count more than milestones')
  await expect(app.nav.status).toHaveText('Not saved — Progress cannot be above 100.')
  await page.getByLabel('Progress (%)').fill('60')
  await expect(app.nav.status).toHaveText('Saved')
  await expect(page.getByText('60% · set by hand')).toBeVisible()

  await goals.title.fill('')
  await page.getByLabel('Specific outcome').fill('Half saved?')
  await expect(app.nav.status).toHaveText('Not saved — Give your goal a title.')

  const page2 = await app.restart()
  await goals.open('Coach a board presentation')
  await expect(page2.getByLabel('Specific outcome')).toHaveValue('A confident ten-minute pitch')
  await expect(page2.getByText('60% · set by hand')).toBeVisible()
})

test('sessions link to goals, action items become milestones, and deleting a goal keeps its session', async ({
  app,
}) => {
  const { page, goals, sessions } = app
  await goals.create({ title: 'Find speakers on LinkedIn' })

  await sessions.startNew()
  await sessions.fill({
    title: 'LinkedIn search with Ana',
    actionItems: [{ text: 'Draft the outreach message' }],
  })
  await expect(app.nav.status).toHaveText('Saved')

  const panel = goals.sessionPanel
  await goals.linkToSession('Find speakers on LinkedIn')
  await expect(panel.getByRole('list', { name: 'Linked goals' })).toContainText('Find speakers on LinkedIn')

  await goals.makeMilestone('Draft the outreach message', 'Find speakers on LinkedIn')
  await expect(page.getByText('◎ Milestone of Find speakers on LinkedIn')).toBeVisible()

  await sessions.backToList()
  await expect(sessions.row('LinkedIn search with Ana')).toContainText('◎ Find speakers on LinkedIn')

  const page2 = await app.restart()
  await goals.open('Find speakers on LinkedIn')
  await expect(goals.milestone(1)).toHaveValue('Draft the outreach message')
  const linked = page2.getByRole('list', { name: 'Linked sessions' })
  await expect(linked).toContainText('LinkedIn search with Ana')

  const confirm = await goals.askToDelete()
  await expect(confirm).toContainText('the sessions linked to it stay')
  await confirm.getByRole('button', { name: 'Delete goal' }).click()
  await expect(
    page2.getByRole('heading', { name: 'What do you want to get out of mentoring?' }),
  ).toBeVisible()

  await sessions.openList()
  const row = sessions.row('LinkedIn search with Ana')
  await expect(row).toBeVisible()
  await expect(row).not.toContainText('◎')
  await row.click()
  await expect(goals.sessionPanel).toContainText('No goals yet.')
})

test('the home screen lists goals due soon and overdue milestones', async ({ app }) => {
  const { page, goals, sessions } = app
  await sessions.startNew()
  await sessions.fill({ title: 'Kick-off' })
  await expect(app.nav.status).toHaveText('Saved')
  await goals.create({ title: 'Present at the board meeting', targetDate: inDays(5) })
  await goals.addMilestone({ text: 'Book a rehearsal room', due: inDays(-2) })
  await expect(app.nav.status).toHaveText('Saved')

  await app.nav.go('Home')
  const card = page.getByRole('region', { name: 'Goals due soon' })
  await expect(card.getByRole('list', { name: 'Goals due in the next 14 days' })).toContainText(
    'Present at the board meeting',
  )
  await expect(card.getByRole('list', { name: 'Overdue milestones' })).toContainText('Book a rehearsal room')
  await card
    .getByRole('list', { name: 'Goals due in the next 14 days' })
    .getByRole('button', { name: 'Present at the board meeting' })
    .click()
  await expect(goals.title).toHaveValue('Present at the board meeting')
})
