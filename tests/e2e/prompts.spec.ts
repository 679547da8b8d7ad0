import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click()

test('prompts, reflections and a program: answered, linked, ticked off, and all there after a restart', async ({
  app,
}) => {
  const { page } = app

  // The prompt of the day, on a brand-new journal; "Another one" shows a different prompt.
  const card = page.getByRole('region', { name: 'Prompt of the day' })
  const quote = card.locator('blockquote p')
  await expect(quote).not.toBeEmpty()
  const first = (await quote.textContent()) ?? ''
  await card.getByRole('button', { name: 'Another one' }).click()
  await expect(quote).not.toHaveText(first)
  const chosen = (await quote.textContent()) ?? ''
  await card.getByRole('button', { name: 'Answer' }).click()
  const form = page.getByRole('region', { name: 'Reflection' })
  await expect(form.locator('blockquote p')).toHaveText(chosen)
  await form.getByLabel('Answer').fill('I want to ask how **they** keep up with news.')
  await form.getByRole('radio', { name: '4' }).check()
  await expect(form.getByRole('status')).toHaveText('Saved')
  await expect(page.getByRole('complementary', { name: 'Preview' }).locator('strong')).toHaveText('they')
  // An emptied answer is refused, at the field, and the text is not lost.
  await form.getByLabel('Answer').fill('   ')
  await expect(form.getByLabel('Answer')).toHaveAccessibleDescription(
    'Write an answer before saving this reflection.',
  )
  await expect(form.getByLabel('Answer')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByRole('status')).toContainText('Not saved')
  await form.getByLabel('Answer').fill('I want to ask how they keep up with news.')
  await expect(form.getByRole('status')).toHaveText('Saved')

  // A custom prompt: empty text refused at the field, then written and answered.
  await nav(page, 'Prompts')
  await page.getByRole('button', { name: 'New prompt' }).click()
  const newPrompt = page.getByRole('form', { name: 'New prompt' })
  await newPrompt.getByRole('button', { name: 'Add prompt' }).click()
  await expect(newPrompt.getByLabel('Prompt')).toHaveAccessibleDescription(
    'Write the prompt before saving it.',
  )
  await newPrompt.getByLabel('Prompt').fill('Which shortcut did I pretend to know already?')
  await newPrompt.getByLabel('Theme').selectOption({ label: 'Digital fluency' })
  await newPrompt.getByRole('button', { name: 'Add prompt' }).click()
  await expect(newPrompt).toBeHidden()
  const mine = page.getByRole('listitem').filter({ hasText: 'Which shortcut did I pretend to know already?' })
  await expect(mine).toContainText('Yours')
  await mine.getByRole('button', { name: 'Pin' }).click()
  await expect(mine).toContainText('Pinned')
  await mine.getByRole('button', { name: 'Answer' }).click()
  await page.getByLabel('Answer').fill('Ctrl+Shift+T. I nodded along.')
  await expect(page.getByRole('status')).toHaveText('Saved')

  // A program with a start date of today: week 1 is this week.
  await nav(page, 'Programs')
  await page.getByRole('button', { name: 'Start Reverse Mentoring in 12 Weeks…' }).click()
  await page
    .getByRole('form', { name: 'Start Reverse Mentoring in 12 Weeks' })
    .getByRole('button', { name: 'Start program' })
    .click()
  const program = page.getByRole('region', { name: 'Reverse Mentoring in 12 Weeks' })
  await expect(
    program.getByRole('heading', { name: 'Week 1 of 12: Getting to know each other' }),
  ).toBeVisible()
  await expect(program.getByText('0 of 12 weeks done')).toBeVisible()
  await expect(
    program.getByRole('listitem', { name: /Week 1: Getting to know each other, This week/ }),
  ).toBeVisible()
  await program
    .getByRole('listitem', { name: /^Week 3:/ })
    .getByRole('button', { name: 'Skip' })
    .click()
  await expect(program.getByRole('listitem', { name: /^Week 3: .*, Skipped/ })).toBeVisible()
  await program
    .getByRole('listitem', { name: /^Week 2:/ })
    .getByRole('button', { name: 'Edit' })
    .click()
  await page.getByLabel('Theme of week 2').fill('Our own ground rules')
  await page.getByRole('button', { name: 'Save week' }).click()
  await expect(program.getByRole('listitem', { name: /^Week 2: Our own ground rules/ })).toBeVisible()

  // Log a session this week and reflect inside it: the program's week-1 prompts are offered.
  await page.keyboard.press('Control+n')
  await page.getByRole('textbox', { name: 'Title' }).fill('First meeting with Sam')
  const panel = page.getByRole('region', { name: 'Reflect on this session' })
  await expect(panel.getByText('Reverse Mentoring in 12 Weeks, week 1')).toBeVisible()
  await panel.getByRole('button', { name: 'Reflect', exact: true }).last().click()
  await panel.getByLabel('Answer').fill('We laughed about our first phones. Good start.')
  await expect(panel.getByRole('status')).toHaveText('Saved')
  await expect(panel.getByRole('list', { name: 'Reflections on this session' })).toContainText('Good start.')

  await nav(page, 'Programs')
  await expect(
    program.getByRole('listitem', { name: /Week 1: Getting to know each other, Done/ }),
  ).toBeVisible()
  await expect(program.getByText('1 of 12 weeks done · 1 skipped')).toBeVisible()

  await nav(page, 'Home')
  await expect(page.getByRole('region', { name: /Week 1 of 12: Getting to know each other/ })).toContainText(
    'this week is done',
  )

  // After a restart everything is still there.
  const page2 = await app.restart()
  await nav(page2, 'Reflections')
  const rows = page2.getByRole('main').getByRole('listitem')
  await expect(rows).toHaveCount(3)
  await expect(
    page2.getByRole('button', {
      name: new RegExp(chosen.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    }),
  ).toContainText('Confidence 4/5')
  await page2.getByLabel('Theme').selectOption({ label: 'Digital fluency' })
  await expect(rows.filter({ hasText: 'Which shortcut did I pretend' })).toHaveCount(1)
  await page2.getByLabel('Theme').selectOption({ label: 'All themes' })
  await page2.getByRole('button', { name: /Which shortcut did I pretend to know already/ }).click()
  await expect(page2.getByLabel('Answer')).toHaveValue('Ctrl+Shift+T. I nodded along.')

  await nav(page2, 'Programs')
  const program2 = page2.getByRole('region', { name: 'Reverse Mentoring in 12 Weeks' })
  await expect(program2.getByText('1 of 12 weeks done · 1 skipped')).toBeVisible()
  await expect(program2.getByRole('listitem', { name: /^Week 2: Our own ground rules/ })).toBeVisible()

  await nav(page2, 'Sessions')
  await expect(page2.getByRole('button', { name: /First meeting with Sam/ })).toContainText('1 reflection')
  await page2.getByRole('button', { name: /First meeting with Sam/ }).click()
  await expect(
    page2
      .getByRole('region', { name: 'Reflect on this session' })
      .getByRole('list', { name: 'Reflections on this session' }),
  ).toContainText('Good start.')

  await nav(page2, 'Prompts')
  await expect(page2.getByRole('listitem').filter({ hasText: 'Which shortcut did I pretend' })).toContainText(
    'Pinned',
  )
})

test('a hidden built-in prompt leaves the library and the prompt of the day', async ({ app }) => {
  const { page } = app
  const card = page.getByRole('region', { name: 'Prompt of the day' })
  const text = (await card.locator('blockquote p').textContent()) ?? ''
  await nav(page, 'Prompts')
  const row = page.getByRole('listitem').filter({ hasText: text })
  await row.getByRole('button', { name: 'Hide' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: text })).toHaveCount(0)
  await page.getByLabel('Show hidden and archived').check()
  await expect(page.getByRole('listitem').filter({ hasText: text })).toContainText('Hidden')
  await nav(page, 'Home')
  await expect(card.locator('blockquote p')).not.toHaveText(text)
})

test('a reflection links to a goal and a skill, and both pages list it', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Goals', exact: true }).click()
  await page.getByRole('button', { name: 'Set your first goal' }).click()
  const dialog = page.getByRole('dialog', { name: 'New goal' })
  await dialog.getByLabel('Goal', { exact: true }).fill('Post on LinkedIn every week')
  await dialog.getByRole('button', { name: 'Create goal' }).click()
  await expect(page.getByRole('textbox', { name: 'Goal title' })).toHaveValue('Post on LinkedIn every week')
  await nav(page, 'Skills')
  await page.getByRole('button', { name: 'New skill' }).click()
  const newSkill = page.getByRole('form', { name: 'New skill' })
  await newSkill.getByLabel('Skill name').fill('Scheduling a post')
  await newSkill.getByRole('button', { name: 'Add skill' }).click()
  await expect(page.getByRole('textbox', { name: 'Skill name' })).toHaveValue('Scheduling a post')

  await nav(page, 'Reflections')
  await page.getByRole('button', { name: 'New reflection' }).click()
  const form = page.getByRole('region', { name: 'Reflection' })
  await form.getByLabel('Answer').fill('Scheduling the post on Sunday made Monday easy.')
  await expect(form.getByRole('status')).toHaveText('Saved')
  const goals = form.getByRole('group', { name: 'Goals it speaks of' })
  await goals.getByLabel('Goal to link').selectOption({ label: 'Post on LinkedIn every week' })
  await goals.getByRole('button', { name: 'Link goal' }).click()
  const skills = form.getByRole('group', { name: 'Skills it speaks of' })
  await skills.getByLabel('Skill to link').selectOption({ label: 'Scheduling a post' })
  await skills.getByRole('button', { name: 'Link skill' }).click()
  await expect(form.getByRole('status')).toHaveText('Saved')

  const page2 = await app.restart()
  await nav(page2, 'Reflections')
  await page2
    .getByRole('listitem')
    .filter({ hasText: 'Scheduling the post on Sunday' })
    .getByRole('button')
    .click()
  const form2 = page2.getByRole('region', { name: 'Reflection' })
  await expect(
    form2
      .getByRole('group', { name: 'Skills it speaks of' })
      .getByRole('button', { name: 'Scheduling a post', exact: true }),
  ).toBeVisible()
  await form2
    .getByRole('group', { name: 'Goals it speaks of' })
    .getByRole('button', { name: 'Post on LinkedIn every week', exact: true })
    .click()
  const onGoal = page2.getByRole('region', { name: 'Reflections', exact: true })
  await expect(onGoal.getByRole('button', { name: /Scheduling the post on Sunday/ })).toBeVisible()

  await nav(page2, 'Skills')
  await page2.getByRole('button', { name: /Scheduling a post/ }).click()
  const onSkill = page2.getByRole('region', { name: 'Reflections', exact: true })
  await onSkill.getByRole('button', { name: /Scheduling the post on Sunday/ }).click()
  await expect(page2.getByLabel('Answer')).toHaveValue('Scheduling the post on Sunday made Monday easy.')
})
