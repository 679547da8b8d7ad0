import { expect, test } from './fixtures'
import { shoot } from './models/screens'

/** Screens a person looks at, light and dark, each checked for sideways scrolling. */
const capture = { expectNoSidewaysScroll: true } as const

test('the session screens, empty and full, in light and dark', async ({ app }) => {
  const { page, sessions } = app
  await expect(page.getByRole('heading', { name: 'Welcome to Tandem' })).toBeVisible()
  await shoot(page, 'home-empty', capture)
  await sessions.openList()
  await shoot(page, 'sessions-empty', capture)

  const logged = [
    {
      title: 'Miro basics with Sam',
      date: '2026-11-24',
      topics: ['Miro', 'retros'],
      learned: 'Dot voting on a board.',
    },
    {
      title: 'LinkedIn for finding speakers',
      date: '2026-11-12',
      topics: ['LinkedIn'],
      learned: 'Boolean search.',
    },
    { title: 'How I prepare a board presentation', date: '2026-10-30', topics: ['leadership'], learned: '' },
  ]
  for (const s of logged) {
    await sessions.startNew()
    await sessions.fill({
      ...s,
      partner: 'Sam Okafor',
      notes:
        '## What we covered\n\n- Setting up a **board** from a template\n- Voting with dots\n- Exporting to PDF\n\n> Keep it playful.\n\nSee [the Miro guide](https://help.miro.com).',
      actionItems: [{ text: 'Try a retro template with the team', due: '2026-11-20' }],
    })
    await expect(app.nav.status).toHaveText('Saved')
  }
  await shoot(page, 'session-editor', capture)
  await sessions.askToDelete()
  await shoot(page, 'session-delete-dialog', capture)
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
  await sessions.fill({ minutes: '9999' })
  await expect(app.nav.status).toContainText('Not saved')
  await shoot(page, 'session-editor-error', capture)
  await sessions.fill({ minutes: '60' })
  await expect(app.nav.status).toHaveText('Saved')

  await sessions.openList()
  await expect(page.getByRole('heading', { name: 'November 2026' })).toBeVisible()
  await shoot(page, 'sessions-list', capture)
  await app.nav.go('Home')
  await shoot(page, 'home', capture)
})
