import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

function localDate(offsetDays = 0): string {
  const d = new Date()
  d.setDate(d.getDate() + offsetDays)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

async function newSkill(page: Page, name: string, direction = 'Learned') {
  await page.getByRole('button', { name: 'Skills', exact: true }).click()
  await page.getByRole('button', { name: 'New skill' }).click()
  const form = page.getByRole('form', { name: 'New skill' })
  await form.getByLabel('Skill name').fill(name)
  await form.getByLabel('Direction').selectOption({ label: direction })
  await form.getByRole('button', { name: 'Add skill' }).click()
  await expect(page.getByRole('textbox', { name: 'Skill name' })).toHaveValue(name)
}

test('a session line becomes a skill, practice raises its level, filters find it, and it survives a restart', async ({
  app,
}) => {
  const { page } = app
  await page.keyboard.press('Control+n')
  await page.getByRole('textbox', { name: 'Title' }).fill('Miro with Sam')
  await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'Add a partner…' })
  await page.getByRole('textbox', { name: 'Name' }).fill('Sam Okafor')
  await page.getByRole('button', { name: 'Add partner' }).click()
  await expect(page.getByLabel('Partner', { exact: true })).toHaveValue(/.+/)
  await page
    .getByLabel('What I learned')
    .fill('- Dot voting on a **Miro** board\n- Sharing a screen in Teams')
  await expect(page.getByRole('status')).toHaveText('Saved')

  const panel = page.getByRole('region', { name: 'Skills from this session' })
  await panel.getByRole('button', { name: 'Make a skill of "Dot voting on a Miro board"' }).click()
  await panel.getByRole('button', { name: 'Open skill Dot voting on a Miro board' }).click()

  await expect(page.getByRole('textbox', { name: 'Skill name' })).toHaveValue('Dot voting on a Miro board')
  await expect(page.getByLabel('Learned from')).toHaveValue(/.+/)
  const sessions = page.getByRole('region', { name: 'Sessions where it came up' })
  await expect(sessions.getByRole('button', { name: 'Miro with Sam', exact: true })).toBeVisible()
  await expect(page.getByTestId('current-level')).toHaveText('1')

  await page
    .getByRole('textbox', { name: 'What it is for' })
    .fill('Letting a group choose quickly and fairly.')
  await expect(page.getByRole('status')).toHaveText('Saved')

  const practice = page.getByRole('form', { name: 'Log practice' })
  await practice.getByLabel('Practice date').fill(localDate(1))
  await practice.getByLabel('What I did').fill('Ran a vote in the team retro')
  await practice.getByLabel('Level afterwards').selectOption({ label: '3 · Can do it alone' })
  await practice.getByRole('button', { name: 'Log practice' }).click()
  await expect(practice.getByText('A practice entry cannot be in the future.')).toBeVisible()
  await practice.getByLabel('Practice date').fill(localDate(0))
  await practice.getByRole('button', { name: 'Log practice' }).click()
  await expect(page.getByTestId('current-level')).toHaveText('3')
  await expect(page.getByRole('list', { name: 'Practice entries' })).toContainText(
    'Ran a vote in the team retro',
  )
  await expect(page.getByRole('img', { name: /Level history: level 1 .*, level 3/ })).toBeVisible()

  await newSkill(page, 'Pivot tables')
  await page.getByRole('button', { name: 'Skills', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Social media' })).toBeVisible()
  await expect(page.getByRole('button', { name: /Pivot tables/ })).toBeVisible()
  await page.getByLabel('Person').selectOption({ label: 'Sam Okafor' })
  await expect(page.getByRole('button', { name: /Dot voting on a Miro board/ })).toContainText(
    '3 · Can do it alone',
  )
  await expect(page.getByRole('button', { name: /Pivot tables/ })).toHaveCount(0)
  await page.getByLabel('Level', { exact: true }).selectOption({ label: '1 · Aware of it' })
  await expect(page.getByText('No skill matches these filters.')).toBeVisible()

  await page.getByRole('button', { name: 'Home', exact: true }).click()
  await expect(page.getByTestId('review-count')).toHaveText('2')

  const page2 = await app.restart()
  await page2.getByRole('button', { name: 'Skills', exact: true }).click()
  await page2.getByRole('button', { name: /Dot voting on a Miro board/ }).click()
  await expect(page2.getByTestId('current-level')).toHaveText('3')
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
  const { page } = app
  await newSkill(page, 'Two-factor sign-in')
  await page
    .getByRole('textbox', { name: 'What it is for' })
    .fill('Keeping my accounts safe with a code from my phone.')
  await expect(page.getByRole('status')).toHaveText('Saved')
  await newSkill(page, 'Running a retro', 'Taught')

  await page.getByRole('button', { name: 'Review', exact: true }).click()
  await expect(page.getByText('2 skills due')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Running a retro' })).toBeVisible()
  await page.getByRole('button', { name: 'Show what it is for' }).click()
  await page.getByLabel('Also log practice').check()
  await page.getByLabel('What I did').fill('Coached Sam through his first retro')
  await page.getByLabel('Level now').selectOption({ label: '4 · Fluent' })
  await page.getByRole('button', { name: /^Easy/ }).click()

  await expect(page.getByText('1 skill due')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible()
  await expect(page.getByText('Keeping my accounts safe')).toHaveCount(0)
  await page.getByRole('button', { name: 'Show what it is for' }).click()
  await expect(page.getByRole('region', { name: 'What it is for' })).toContainText('Keeping my accounts safe')
  await page.getByRole('button', { name: /^Good/ }).click()

  await expect(page.getByRole('heading', { name: 'All caught up' })).toBeVisible()
  const reviewed = page.getByRole('region', { name: 'Reviewed today' })
  await expect(reviewed.getByRole('listitem')).toHaveCount(2)

  const page2 = await app.restart()
  await page2.getByRole('button', { name: 'Review', exact: true }).click()
  await expect(page2.getByRole('heading', { name: 'All caught up' })).toBeVisible()
  await page2.getByRole('button', { name: 'Skills', exact: true }).click()
  await page2.getByRole('button', { name: /Running a retro/ }).click()
  await expect(page2.getByText(`Next review on ${localDate(4)}`)).toBeVisible()
  await expect(page2.getByTestId('current-level')).toHaveText('4')
  await page2.getByRole('button', { name: '← All skills' }).click()
  await page2.getByRole('button', { name: /Two-factor sign-in/ }).click()
  await expect(page2.getByText(`Next review on ${localDate(1)}`)).toBeVisible()
})

test('deleting a skill asks first and keeps the session it came from', async ({ app }) => {
  const { page } = app
  await page.keyboard.press('Control+n')
  await page.getByRole('textbox', { name: 'Title' }).fill('Phone settings')
  await page.getByLabel('What I learned').fill('Turning on two-factor sign-in')
  await expect(page.getByRole('status')).toHaveText('Saved')
  const panel = page.getByRole('region', { name: 'Skills from this session' })
  await panel.getByRole('button', { name: 'Make a skill of "Turning on two-factor sign-in"' }).click()
  await panel.getByRole('button', { name: 'Open skill Turning on two-factor sign-in' }).click()

  await page.getByRole('button', { name: 'Delete skill' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete this skill?' })
  await expect(dialog).toContainText('The sessions and goals it was linked to stay as they are.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('textbox', { name: 'Skill name' })).toHaveValue('Turning on two-factor sign-in')
  await page.getByRole('button', { name: 'Delete skill' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete skill' }).click()
  await expect(page.getByRole('heading', { name: 'No skills yet' })).toBeVisible()

  await page.getByRole('button', { name: 'Sessions', exact: true }).click()
  await page.getByRole('button', { name: /Phone settings/ }).click()
  await expect(page.getByLabel('What I learned')).toHaveValue('Turning on two-factor sign-in')
  await expect(
    page.getByRole('button', { name: 'Make a skill of "Turning on two-factor sign-in"' }),
  ).toBeVisible()
})

test('a skill links to a goal; the goal lists the skill, and the link survives a restart', async ({
  app,
}) => {
  const { page } = app
  await page.getByRole('button', { name: 'Goals', exact: true }).click()
  await page.getByRole('button', { name: 'Set your first goal' }).click()
  const dialog = page.getByRole('dialog', { name: 'New goal' })
  await dialog.getByLabel('Goal', { exact: true }).fill('Run our retros on Miro')
  await dialog.getByRole('button', { name: 'Create goal' }).click()
  await expect(page.getByRole('textbox', { name: 'Goal title' })).toHaveValue('Run our retros on Miro')

  await newSkill(page, 'Dot voting on a Miro board')
  const goals = page.getByRole('group', { name: 'Goals it serves' })
  await expect(goals).toContainText('Not linked to a goal yet.')
  await goals.getByLabel('Goal to link').selectOption({ label: 'Run our retros on Miro' })
  await goals.getByRole('button', { name: 'Link goal' }).click()
  await expect(page.getByRole('status')).toHaveText('Saved')
  await goals.getByRole('button', { name: 'Run our retros on Miro', exact: true }).click()

  const skills = page.getByRole('region', { name: 'Skills', exact: true })
  await expect(skills.getByRole('button', { name: 'Dot voting on a Miro board' })).toBeVisible()
  await expect(skills).toContainText('1 · Aware of it')

  const page2 = await app.restart()
  await page2.getByRole('button', { name: 'Skills', exact: true }).click()
  await page2.getByRole('button', { name: /Dot voting on a Miro board/ }).click()
  const goals2 = page2.getByRole('group', { name: 'Goals it serves' })
  await expect(goals2.getByRole('button', { name: 'Run our retros on Miro', exact: true })).toBeVisible()
  await goals2.getByRole('button', { name: 'Unlink Run our retros on Miro' }).click()
  await expect(page2.getByRole('status')).toHaveText('Saved')
  await expect(goals2).toContainText('Not linked to a goal yet.')
})
