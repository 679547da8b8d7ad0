import { expect, test } from './fixtures'

test('prompts, reflections and a program: answered, linked, ticked off, and all there after a restart', async ({
  app,
}) => {
  const { page, reflections, nav } = app

  // The prompt of the day, on a brand-new journal; "Another one" shows a different prompt.
  const card = reflections.promptOfTheDay
  const quote = card.locator('blockquote p')
  await expect(quote).not.toBeEmpty()
  const first = (await quote.textContent()) ?? ''
  await card.getByRole('button', { name: 'Another one' }).click()
  await expect(quote).not.toHaveText(first)
  const chosen = (await quote.textContent()) ?? ''
  await card.getByRole('button', { name: 'Answer' }).click()
  const form = reflections.form
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
  await nav.go('Prompts')
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
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Saved')

  // A program with a start date of today: week 1 is this week.
  await reflections.startProgram('Reverse Mentoring in 12 Weeks')
  const program = reflections.program('Reverse Mentoring in 12 Weeks')
  await expect(
    program.getByRole('heading', { name: 'Week 1 of 12: Getting to know each other' }),
  ).toBeVisible()
  await expect(program.getByText('0 of 12 weeks done')).toBeVisible()
  await expect(
    program.getByRole('listitem', { name: /Week 1: Getting to know each other, This week/ }),
  ).toBeVisible()
  await reflections.week(program, 3).getByRole('button', { name: 'Skip' }).click()
  await expect(program.getByRole('listitem', { name: /^Week 3: .*, Skipped/ })).toBeVisible()
  await reflections.week(program, 2).getByRole('button', { name: 'Edit' }).click()
  await page.getByLabel('Theme of week 2').fill('Our own ground rules')
  await page.getByRole('button', { name: 'Save week' }).click()
  await expect(program.getByRole('listitem', { name: /^Week 2: Our own ground rules/ })).toBeVisible()

  // Log a session this week and reflect inside it: the program's week-1 prompts are offered.
  await app.sessions.startNew()
  await app.sessions.fill({ title: 'First meeting with Sam' })
  const panel = reflections.sessionPanel
  await expect(panel.getByText('Reverse Mentoring in 12 Weeks, week 1')).toBeVisible()
  await panel.getByRole('button', { name: 'Reflect', exact: true }).last().click()
  await panel.getByLabel('Answer').fill('We laughed about our first phones. Good start.')
  await expect(panel.getByRole('status')).toHaveText('Saved')
  await expect(panel.getByRole('list', { name: 'Reflections on this session' })).toContainText('Good start.')

  await nav.go('Programs')
  await expect(
    program.getByRole('listitem', { name: /Week 1: Getting to know each other, Done/ }),
  ).toBeVisible()
  await expect(program.getByText('1 of 12 weeks done · 1 skipped')).toBeVisible()

  await nav.go('Home')
  await expect(page.getByRole('region', { name: /Week 1 of 12: Getting to know each other/ })).toContainText(
    'this week is done',
  )

  // After a restart everything is still there.
  const page2 = await app.restart()
  await nav.go('Reflections')
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

  await nav.go('Programs')
  const program2 = reflections.program('Reverse Mentoring in 12 Weeks')
  await expect(program2.getByText('1 of 12 weeks done · 1 skipped')).toBeVisible()
  await expect(program2.getByRole('listitem', { name: /^Week 2: Our own ground rules/ })).toBeVisible()

  await app.sessions.openList()
  await expect(app.sessions.row('First meeting with Sam')).toContainText('1 reflection')
  await app.sessions.row('First meeting with Sam').click()
  await expect(
    reflections.sessionPanel.getByRole('list', { name: 'Reflections on this session' }),
  ).toContainText('Good start.')

  await nav.go('Prompts')
  await expect(page2.getByRole('listitem').filter({ hasText: 'Which shortcut did I pretend' })).toContainText(
    'Pinned',
  )
})

test('a hidden built-in prompt leaves the library and the prompt of the day', async ({ app }) => {
  const { page, nav } = app
  const card = app.reflections.promptOfTheDay
  const text = (await card.locator('blockquote p').textContent()) ?? ''
  await nav.go('Prompts')
  const row = page.getByRole('listitem').filter({ hasText: text })
  await row.getByRole('button', { name: 'Hide' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: text })).toHaveCount(0)
  await page.getByLabel('Show hidden and archived').check()
  await expect(page.getByRole('listitem').filter({ hasText: text })).toContainText('Hidden')
  await nav.go('Home')
  await expect(card.locator('blockquote p')).not.toHaveText(text)
})

test('a reflection links to a goal and a skill, and both pages list it', async ({ app }) => {
  const { reflections } = app
  await app.goals.create({ title: 'Post on LinkedIn every week' })
  await app.skills.create('Scheduling a post')

  await reflections.write('Scheduling the post on Sunday made Monday easy.')
  const form = reflections.form
  await expect(form.getByRole('status')).toHaveText('Saved')
  await reflections.linkGoal('Post on LinkedIn every week')
  await reflections.linkSkill('Scheduling a post')
  await expect(form.getByRole('status')).toHaveText('Saved')

  const page2 = await app.restart()
  await reflections.open('Scheduling the post on Sunday')
  const form2 = reflections.form
  await expect(
    form2
      .getByRole('group', { name: 'Skills it is about' })
      .getByRole('button', { name: 'Scheduling a post', exact: true }),
  ).toBeVisible()
  await form2
    .getByRole('group', { name: 'Goals it is about' })
    .getByRole('button', { name: 'Post on LinkedIn every week', exact: true })
    .click()
  const onGoal = page2.getByRole('region', { name: 'Reflections', exact: true })
  await expect(onGoal.getByRole('button', { name: /Scheduling the post on Sunday/ })).toBeVisible()

  await app.skills.open('Scheduling a post')
  const onSkill = page2.getByRole('region', { name: 'Reflections', exact: true })
  await onSkill.getByRole('button', { name: /Scheduling the post on Sunday/ }).click()
  await expect(page2.getByLabel('Answer')).toHaveValue('Scheduling the post on Sunday made Monday easy.')
})
