import { inDays, shownShortDate } from './dates'
import { expect, test } from './fixtures'

test('a session line becomes a skill, practice raises its level, filters find it, and it survives a restart', async ({
  app,
}) => {
  const { page, skills } = app
  await app.sessions.startNew()
  await app.sessions.fill({ title: 'Miro with Sam', partner: 'Sam Okafor' })
  await expect(app.sessions.partner).toHaveValue(/.+/)
  await app.sessions.fill({ learned: '- Dot voting on a **Miro** board\n- Sharing a screen in Teams' })
  await expect(app.nav.status).toHaveText('Saved')

  await skills.fromSessionLine('Dot voting on a Miro board')

  await expect(skills.name).toHaveValue('Dot voting on a Miro board')
  await expect(page.getByLabel('Learned from')).toHaveValue(/.+/)
  const sessions = page.getByRole('region', { name: 'Sessions where it came up' })
  await expect(sessions.getByRole('button', { name: 'Miro with Sam', exact: true })).toBeVisible()
  await expect(skills.currentLevel).toHaveText('1')

  await page
    .getByRole('textbox', { name: 'What it is for' })
    .fill('Letting a group choose quickly and fairly.')
  await expect(app.nav.status).toHaveText('Saved')

  const practice = skills.practiceForm
  await skills.logPractice({
    date: inDays(1),
    note: 'Ran a vote in the team retro',
    level: '3 · Can do it alone',
  })
  await expect(practice.getByText('A practice entry cannot be in the future.')).toBeVisible()
  await skills.logPractice({ date: inDays(0) })
  await expect(skills.currentLevel).toHaveText('3')
  await expect(page.getByRole('list', { name: 'Practice entries' })).toContainText(
    'Ran a vote in the team retro',
  )
  await expect(page.getByRole('img', { name: /Level history: level 1 .*, level 3/ })).toBeVisible()

  await skills.create('Pivot tables')
  await app.nav.go('Skills')
  await expect(page.getByRole('region', { name: 'Social media' })).toBeVisible()
  await expect(skills.row('Pivot tables')).toBeVisible()
  await page.getByLabel('Person').selectOption({ label: 'Sam Okafor' })
  await expect(skills.row('Dot voting on a Miro board')).toContainText('3 · Can do it alone')
  await expect(skills.row('Pivot tables')).toHaveCount(0)
  await page.getByLabel('Level', { exact: true }).selectOption({ label: '1 · Aware of it' })
  await expect(page.getByText('No skill matches these filters.')).toBeVisible()

  await app.nav.go('Home')
  await expect(page.getByTestId('review-count')).toHaveText('2')

  const page2 = await app.restart()
  await skills.open('Dot voting on a Miro board')
  await expect(skills.currentLevel).toHaveText('3')
  await expect(page2.getByRole('textbox', { name: 'What it is for' })).toHaveValue(
    'Letting a group choose quickly and fairly.',
  )
  await expect(page2.getByRole('list', { name: 'Practice entries' })).toContainText(
    'Ran a vote in the team retro',
  )
  await expect(
    page2
      .getByRole('region', { name: 'Sessions where it came up' })
      .getByRole('button', { name: 'Miro with Sam', exact: true }),
  ).toBeVisible()
})

test('reviewing two due skills moves them out of the queue with new dates', async ({ app }) => {
  const { page, skills } = app
  await skills.create('Two-factor sign-in')
  await page
    .getByRole('textbox', { name: 'What it is for' })
    .fill('Keeping my accounts safe with a code from my phone.')
  await expect(app.nav.status).toHaveText('Saved')
  await skills.create('Running a retro', 'Taught')

  await app.nav.go('Practise skills')
  await expect(page.getByText('2 skills due')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Running a retro' })).toBeVisible()
  await skills.reveal()
  await page.getByLabel('Also log practice').check()
  await page.getByLabel('What I did').fill('Coached Sam through his first retro')
  await page.getByLabel('Level now').selectOption({ label: '4 · Fluent' })
  await skills.rate('Easy')

  await expect(page.getByText('1 skill due')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible()
  await expect(page.getByText('Keeping my accounts safe')).toHaveCount(0)
  await skills.reveal()
  await expect(page.getByRole('region', { name: 'What it is for' })).toContainText('Keeping my accounts safe')
  await skills.rate('Good')

  await expect(page.getByRole('heading', { name: 'Nothing to practise today' })).toBeVisible()
  const reviewed = page.getByRole('region', { name: 'Practised today' })
  await expect(reviewed.getByRole('listitem')).toHaveCount(2)

  const page2 = await app.restart()
  await app.nav.go('Practise skills')
  await expect(page2.getByRole('heading', { name: 'Nothing to practise today' })).toBeVisible()
  await skills.open('Running a retro')
  await expect(page2.getByText(`Next practice on ${await shownShortDate(page2, inDays(4))}`)).toBeVisible()
  await expect(skills.currentLevel).toHaveText('4')
  await page2.getByRole('button', { name: '← All skills' }).click()
  await skills.row('Two-factor sign-in').click()
  await expect(page2.getByText(`Next practice on ${await shownShortDate(page2, inDays(1))}`)).toBeVisible()
})

test('deleting a skill asks first and keeps the session it came from', async ({ app }) => {
  const { page, sessions, skills } = app
  await sessions.startNew()
  await sessions.fill({ title: 'Phone settings', learned: 'Turning on two-factor sign-in' })
  await expect(app.nav.status).toHaveText('Saved')
  await skills.fromSessionLine('Turning on two-factor sign-in')

  const dialog = await skills.askToDelete()
  await expect(dialog).toContainText('The sessions and goals it was linked to stay as they are.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(skills.name).toHaveValue('Turning on two-factor sign-in')
  await (await skills.askToDelete()).getByRole('button', { name: 'Delete skill' }).click()
  await expect(page.getByRole('heading', { name: 'No skills yet' })).toBeVisible()

  await sessions.open('Phone settings')
  await expect(page.getByLabel('What I learned', { exact: true })).toHaveValue(
    'Turning on two-factor sign-in',
  )
  await expect(
    page.getByRole('button', { name: 'Make a skill of "Turning on two-factor sign-in"' }),
  ).toBeVisible()
})

test('a skill links to a goal; the goal lists the skill, and the link survives a restart', async ({
  app,
}) => {
  const { page } = app
  await app.goals.create({ title: 'Run our retros on Miro' })

  await app.skills.create('Dot voting on a Miro board')
  const goals = app.skills.goalsGroup
  await expect(goals).toContainText('Not linked to a goal yet.')
  await app.skills.linkGoal('Run our retros on Miro')
  await expect(app.nav.status).toHaveText('Saved')
  await goals.getByRole('button', { name: 'Run our retros on Miro', exact: true }).click()

  const skills = page.getByRole('region', { name: 'Skills', exact: true })
  await expect(skills.getByRole('button', { name: 'Dot voting on a Miro board' })).toBeVisible()
  await expect(skills).toContainText('1 · Aware of it')

  await app.restart()
  await app.skills.open('Dot voting on a Miro board')
  const goals2 = app.skills.goalsGroup
  await expect(goals2.getByRole('button', { name: 'Run our retros on Miro', exact: true })).toBeVisible()
  await goals2.getByRole('button', { name: 'Unlink Run our retros on Miro' }).click()
  await expect(app.nav.status).toHaveText('Saved')
  await expect(goals2).toContainText('Not linked to a goal yet.')
})
