import { recordMaker } from '../bench/records'
import { inDays } from './dates'
import { expect, test } from './fixtures'
import { seedJournal } from './seed'

/** A session that a goal and a skill both link, so a delete drops two links and Undo must bring both back. */
function linkedSession() {
  const make = recordMaker()
  const session = make.session({ title: 'Miro basics with Sam', date: inDays(0), private: false })
  const goal = make.goal({ title: 'Run our retros on Miro', sessionIds: [session.id], milestones: [] })
  const skill = make.skill({ name: 'Dot voting', sessionIds: [session.id], goalIds: [], partnerId: null })
  return { sessions: [session], goals: [goal], skills: [skill] }
}

test('Undo right after deleting a session brings it back, linked from its goal and skill again', async ({
  app,
}) => {
  await seedJournal(app.dataDir, linkedSession())
  const page = await app.restart()
  const { sessions, goals, skills, nav } = app

  await sessions.open('Miro basics with Sam')
  await sessions.delete()
  await expect(nav.notice).toContainText('Session deleted.')
  await expect(sessions.row('Miro basics with Sam')).toHaveCount(0)
  await nav.undo()
  await expect(nav.notice).toContainText('Miro basics with Sam')
  await expect(sessions.row('Miro basics with Sam')).toBeVisible()

  await goals.open('Run our retros on Miro')
  await expect(page.getByRole('list', { name: 'Linked sessions' })).toContainText('Miro basics with Sam')
  await skills.open('Dot voting')
  await expect(page.getByRole('region', { name: 'Sessions where it came up' })).toContainText(
    'Miro basics with Sam',
  )
})

test('a deleted goal waits in the trash across a restart and comes back from there', async ({ app }) => {
  const make = recordMaker()
  await seedJournal(app.dataDir, { goals: [make.goal({ title: 'Find speakers on LinkedIn' })] })
  await app.restart()
  const { goals, trash, nav } = app

  await goals.open('Find speakers on LinkedIn')
  const confirm = await goals.askToDelete()
  await confirm.getByRole('button', { name: 'Delete goal' }).click()
  await expect(nav.notice).toContainText('Goal deleted.')

  const page = await app.restart()
  await trash.open()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trash')
  const row = trash.row('Find speakers on LinkedIn')
  await expect(row).toContainText('Goal')
  await expect(row).toContainText('kept until')
  await trash.restore('Find speakers on LinkedIn')
  await expect(nav.notice).toContainText('Find speakers on LinkedIn')
  await expect(page.getByText('The trash is empty')).toBeVisible()

  await nav.go('Goals')
  await expect(goals.list).toContainText('Find speakers on LinkedIn')
})

test('Undo after removing an action item with × puts it back, and it stays after a restart', async ({
  app,
}) => {
  const { sessions, nav } = app
  await sessions.log({ title: 'Miro basics with Sam', actionItems: [{ text: 'Try a retro template' }] })
  await app.page.getByRole('button', { name: 'Remove action item 1' }).click()
  await expect(nav.status).toHaveText('Saved')
  await expect(nav.notice).toContainText('Action item removed.')
  await nav.undo()
  await expect(sessions.actionItem(1)).toHaveValue('Try a retro template')
  await expect(nav.status).toHaveText('Saved')
  await app.restart()
  await sessions.open('Miro basics with Sam')
  await expect(sessions.actionItem(1)).toHaveValue('Try a retro template')
})
