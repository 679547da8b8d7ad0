import { recordMaker } from '../bench/records'
import { inDays, shownShortDate } from './dates'
import { expect, test } from './fixtures'
import { seedJournal } from './seed'

/** Sam with two sessions, Kim with none. */
function twoPartners() {
  const make = recordMaker()
  const sam = make.partner({ name: 'Sam Okafor', direction: 'they-mentor-me' })
  const kim = make.partner({ name: 'Kim Lee', direction: 'i-mentor-them' })
  const sessions = [
    make.session({ title: 'Keyboard shortcuts', partnerId: sam.id, date: inDays(-40) }),
    make.session({ title: 'Miro basics', partnerId: sam.id, date: inDays(-3) }),
  ]
  return { partners: [sam, kim], sessions }
}

test('People lists each partner with direction, first met and sessions held; a rename shows on their sessions', async ({
  app,
}) => {
  await seedJournal(app.dataDir, twoPartners())
  await app.restart()
  const { people, sessions } = app

  await people.open()
  await expect(people.list.getByRole('listitem')).toHaveCount(2)
  await expect(people.row('Sam Okafor')).toContainText('They mentor me')
  await expect(people.fact('Sam Okafor', 'Sessions held')).toHaveText('2 sessions')
  await expect(people.fact('Kim Lee', 'Sessions held')).toHaveText('0 sessions')
  await expect(people.fact('Kim Lee', 'First met')).toHaveText('No session yet')
  await expect(people.fact('Sam Okafor', 'First met')).toHaveText(await shownShortDate(app.page, inDays(-40)))
  await expect(people.fact('Sam Okafor', 'Last session')).toHaveText(
    await shownShortDate(app.page, inDays(-3)),
  )

  await people.change('Sam Okafor', 'Samira Okafor', 'Both ways')
  await expect(people.row('Samira Okafor')).toContainText('Both ways')
  await expect(people.row('Sam Okafor')).toHaveCount(0)

  await sessions.openList()
  await expect(sessions.row('Miro basics')).toContainText('Samira Okafor')
  await expect(sessions.row('Keyboard shortcuts')).toContainText('Samira Okafor')
  await app.restart()
  await people.open()
  await expect(people.fact('Samira Okafor', 'Sessions held')).toHaveText('2 sessions')
})

test('a partner added on People is offered in the session editor, which also adds one with a visible button', async ({
  app,
}) => {
  const { people, sessions, page } = app
  await people.open()
  await expect(page.getByText('No partners yet')).toBeVisible()
  await people.add('Ana Costa', 'I mentor them')
  await expect(people.row('Ana Costa')).toContainText('I mentor them')

  await sessions.startNew()
  await expect(sessions.partner.locator('option', { hasText: 'Ana Costa' })).toHaveCount(1)
  await sessions.title.fill('Spreadsheets')
  await page.getByRole('button', { name: 'Add partner' }).click()
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused()
  await page.getByRole('textbox', { name: 'Name' }).fill('Jo Park')
  await page.getByRole('button', { name: 'Add partner' }).click()
  await expect(sessions.partner.locator('option:checked')).toHaveText('Jo Park')
  await expect(app.nav.status).toHaveText('Saved')

  await people.open()
  await expect(people.fact('Jo Park', 'Sessions held')).toHaveText('1 session')
})

test('an archived partner is not offered for new sessions but keeps their sessions, and comes back', async ({
  app,
}) => {
  await seedJournal(app.dataDir, twoPartners())
  await app.restart()
  const { people, sessions } = app

  await people.open()
  await people.archive('Sam Okafor')
  await expect(people.archivedList.getByRole('listitem', { name: 'Sam Okafor' })).toBeVisible()
  await expect(people.list.getByRole('listitem', { name: 'Sam Okafor' })).toHaveCount(0)
  await expect(people.fact('Sam Okafor', 'Sessions held')).toHaveText('2 sessions')

  await sessions.startNew()
  await expect(sessions.partner.locator('option', { hasText: 'Kim Lee' })).toHaveCount(1)
  await expect(sessions.partner.locator('option', { hasText: 'Sam Okafor' })).toHaveCount(0)

  // A session that already has Sam still shows him, and keeps him.
  await sessions.openList()
  await expect(sessions.row('Miro basics')).toContainText('Sam Okafor')
  await sessions.open('Miro basics')
  await expect(sessions.partner.locator('option:checked')).toHaveText('Sam Okafor (archived)')

  await app.restart()
  await people.open()
  await people.bringBack('Sam Okafor')
  await expect(people.list.getByRole('listitem', { name: 'Sam Okafor' })).toBeVisible()
  await expect(people.archivedList).toHaveCount(0)
  await sessions.startNew()
  await expect(sessions.partner.locator('option', { hasText: 'Sam Okafor' })).toHaveCount(1)
})

test('the next planned session is listed, kept after a restart, and can be cleared', async ({ app }) => {
  await seedJournal(app.dataDir, twoPartners())
  await app.restart()
  const { people } = app
  const next = inDays(7)
  const shown = await shownShortDate(app.page, next)

  await people.open()
  await expect(people.fact('Kim Lee', 'Next planned session')).toHaveText('None planned')
  await people.planNext('Kim Lee', next)
  await expect(people.fact('Kim Lee', 'Next planned session')).toHaveText(shown)

  await app.restart()
  await people.open()
  await expect(people.fact('Kim Lee', 'Next planned session')).toHaveText(shown)
  await expect(people.row('Kim Lee').getByLabel('Plan the next session')).toHaveValue(next)
  await people.clearNext('Kim Lee')
  await expect(people.fact('Kim Lee', 'Next planned session')).toHaveText('None planned')
  await expect(people.row('Kim Lee').getByLabel('Plan the next session')).toHaveValue('')
})

test('a deleted partner goes to the trash, their sessions stay, and Undo gives the sessions the partner back', async ({
  app,
}) => {
  await seedJournal(app.dataDir, twoPartners())
  await app.restart()
  const { people, sessions, nav, page } = app

  await people.open()
  await page.getByRole('button', { name: 'Delete Sam Okafor' }).click()
  const question = page.getByRole('dialog', { name: 'Delete Sam Okafor?' })
  await expect(question).toContainText('Their 2 sessions stay in your journal without a partner')
  await question.getByRole('button', { name: 'Cancel' }).click()
  await expect(people.row('Sam Okafor')).toBeVisible()

  await people.delete('Sam Okafor')
  await expect(nav.notice).toContainText('Partner deleted.')
  await expect(people.row('Sam Okafor')).toHaveCount(0)
  await sessions.openList()
  await expect(sessions.row('Miro basics')).toBeVisible()
  await expect(sessions.row('Miro basics')).not.toContainText('Sam Okafor')

  await nav.undo()
  await expect(sessions.row('Miro basics')).toContainText('Sam Okafor')
  await people.open()
  await expect(people.fact('Sam Okafor', 'Sessions held')).toHaveText('2 sessions')
})
