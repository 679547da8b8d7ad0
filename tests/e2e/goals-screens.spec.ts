import { inDays } from './dates'
import { expect, test } from './fixtures'
import { shoot } from './models/screens'

/** Full-page shots in a window as tall as the screen, light and dark, checked for sideways scrolling. */
const capture = {
  height: 'content',
  fullPage: true,
  restoreSize: true,
  expectNoSidewaysScroll: true,
} as const

test('the goal screens, empty and full, in light and dark', async ({ app }) => {
  const { page, goals, sessions } = app

  await app.nav.go('Goals')
  await shoot(page, 'goals-empty', capture)
  await page.getByRole('button', { name: 'Set your first goal' }).click()
  await shoot(page, 'goal-new-dialog', capture)
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()

  await sessions.startNew()
  await sessions.fill({
    title: 'LinkedIn search with Ana',
    actionItems: [{ text: 'Draft the outreach message' }],
  })
  await expect(app.nav.status).toHaveText('Saved')

  await goals.create({
    title: 'Run a team retro in Miro',
    category: 'Digital fluency',
    startDate: inDays(-30),
    targetDate: inDays(40),
    milestones: [
      { text: 'Learn dot voting', done: true },
      { text: 'Build a retro template', done: true },
      { text: 'Run the retro with the team' },
    ],
  })
  await expect(app.nav.status).toHaveText('Saved')
  await goals.create({
    title: 'Coach my mentor through a board presentation',
    category: 'Leadership',
    startDate: inDays(-30),
    targetDate: inDays(-3),
    milestones: [{ text: 'Outline the story' }, { text: 'Rehearse twice', due: inDays(-5) }],
  })
  await expect(app.nav.status).toHaveText('Saved')
  await goals.create({
    title: 'Find speakers for our conference on LinkedIn',
    category: 'Digital fluency',
    startDate: inDays(-30),
    targetDate: inDays(9),
    milestones: [
      { text: 'Set up a saved search', done: true, due: inDays(-10) },
      { text: 'Message ten people', due: inDays(3) },
      { text: 'Confirm five speakers' },
    ],
  })
  await expect(app.nav.status).toHaveText('Saved')
  await page
    .getByRole('textbox', { name: 'Why it matters' })
    .fill(
      'Our conference keeps inviting the **same five people**. I want:\n\n- new voices\n- more women on stage',
    )
  await page.getByLabel('Specific outcome').fill('Five new speakers confirmed for the spring conference')
  await page.getByLabel('How I will know').fill('Five signed speaker forms')
  await goals.checkIn('The saved search found twelve people in the first week.')
  await expect(page.getByRole('list', { name: 'Check-ins' })).toContainText('twelve people')

  await sessions.open('LinkedIn search with Ana')
  await goals.linkToSession('Find speakers for our conference on LinkedIn')
  await page.getByRole('button', { name: 'Make it a milestone' }).click()
  await expect(page.getByLabel('Goal for Draft the outreach message')).toBeVisible()
  await shoot(page, 'session-editor-goals', capture)
  await page
    .getByLabel('Goal for Draft the outreach message')
    .selectOption({ label: 'Run a team retro in Miro' })
  await page.getByRole('button', { name: 'Add milestone' }).click()
  await expect(page.getByText('◎ Milestone of Run a team retro in Miro')).toBeVisible()

  await goals.create({ title: 'Sleep before midnight', category: 'Wellbeing', startDate: inDays(-30) })
  await expect(app.nav.status).toHaveText('Saved')
  const statusDialog = await goals.changeStatus('Drop it', 'Not a mentoring goal after all.')
  await expect(statusDialog).toBeHidden()

  await app.nav.go('Goals')
  await expect(goals.list.getByRole('listitem')).toHaveCount(3)
  await shoot(page, 'goals-list', capture)
  await page.getByLabel('Status').selectOption('all')
  await shoot(page, 'goals-list-all', capture)

  await page.getByRole('button', { name: 'Find speakers for our conference on LinkedIn' }).click()
  await expect(page.getByRole('list', { name: 'Linked sessions' })).toContainText('LinkedIn search with Ana')
  await shoot(page, 'goal-detail', capture)
  const achieved = await goals.openStatusDialog('Mark it achieved')
  await shoot(page, 'goal-status-dialog', capture)
  await achieved.getByRole('button', { name: 'Cancel' }).click()
  await page.getByLabel('Target date').fill('2000-01-01')
  await page.getByRole('radio', { name: 'Set by hand' }).check()
  await expect(app.nav.status).toContainText('Not saved')
  await shoot(page, 'goal-detail-error', capture)
  await page.getByLabel('Target date').fill(inDays(9))
  await page.getByRole('radio', { name: 'From milestones' }).check()
  await expect(app.nav.status).toHaveText('Saved')

  await sessions.openList()
  await expect(sessions.row('LinkedIn search with Ana')).toContainText('◎')
  await shoot(page, 'sessions-list-goals', capture)
  await app.nav.go('Home')
  await expect(page.getByRole('region', { name: 'Goals due soon' })).toContainText('Rehearse twice')
  await shoot(page, 'home-goals', capture)
})
