import type { Locator, Page } from '@playwright/test'
import type { TandemApi } from '../../src/shared/contract'
import { expect, test } from './fixtures'

/** Seeds a lived-in journal through window.tandem (the same router the UI uses), then restarts. */
async function seed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const api = (window as unknown as { tandem: TandemApi }).tandem
    const day = (offset: number) => {
      const d = new Date()
      d.setDate(d.getDate() + offset)
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    }
    const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message)
      return r.value
    }
    const sam = value(await api.partners.create({ name: 'Sam Okafor', direction: 'both-ways' }))
    const ada = value(await api.partners.create({ name: 'Ada Lin', direction: 'they-mentor-me' }))
    const session = value(
      await api.sessions.create({
        date: day(-20),
        partnerId: sam.id,
        title: 'Miro and retros',
        topics: ['Miro'],
        notes: '',
        learned: '- Dot voting on a Miro board\n- Sharing a screen in Teams',
        shared: '- Running a retro people enjoy',
        actionItems: [],
        durationMinutes: 45,
        private: false,
      }),
    )
    const skills: Array<[string, string, 'learned' | 'taught', string | null, number, number[]]> = [
      [
        'Dot voting on a Miro board',
        'Collaboration and communication tools',
        'learned',
        sam.id,
        1,
        [2, 3, 3, 4],
      ],
      ['Sharing a screen in Teams', 'Collaboration and communication tools', 'learned', sam.id, 2, [3]],
      ['Prompting an AI assistant for a first draft', 'AI tools', 'learned', ada.id, 1, [2, 2, 3]],
      ['Pivot tables', 'Data and spreadsheets', 'learned', null, 2, [3, 2]],
      ['Two-factor sign-in', 'Security and privacy', 'learned', ada.id, 1, []],
      ['Running a retro people enjoy', 'Collaboration and communication tools', 'taught', sam.id, 4, [5]],
      ['Negotiating a budget', 'Leadership', 'taught', ada.id, 4, []],
    ]
    for (const [name, category, direction, partnerId, initialLevel, levels] of skills) {
      const skill = value(
        await api.skills.create({
          name,
          category,
          direction,
          purpose: `**${name}**: what it is for, in a sentence.\n\n- when to use it\n- the one trick that matters`,
          initialLevel,
          partnerId,
          firstMet: day(-90),
          evidence: 'Built the [team board](https://example.com/board) myself.',
          sessionIds: name.includes('Miro') || name.includes('retro') ? [session.id] : [],
          goalIds: [],
        }),
      )
      for (const [i, levelAfter] of levels.entries()) {
        value(
          await api.skills.logPractice({
            skillId: skill.id,
            date: day(-80 + i * 22),
            note: `Practice ${i + 1}: used it on a real piece of work`,
            levelAfter,
          }),
        )
      }
    }
  })
}

/** Light and dark; with `part`, only that element (the app scrolls inside its main area, not the page). */
async function shoot(page: Page, name: string, part?: Locator) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    const path = `test-results/screens/${name}-${colorScheme}.png`
    if (part) await part.screenshot({ path })
    else await page.screenshot({ path, fullPage: true })
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

test('screenshots of the skills screens, light and dark', async ({ app }) => {
  await seed(app.page)
  const page = await app.restart()
  await page.getByRole('button', { name: 'Skills', exact: true }).click()
  await expect(page.getByRole('region', { name: 'AI tools' })).toBeVisible()
  await shoot(page, 'skills-list')

  await page.getByRole('button', { name: /Dot voting on a Miro board/ }).click()
  await expect(page.getByTestId('current-level')).toHaveText('4')
  await shoot(page, 'skill-detail')

  await page.getByRole('button', { name: 'Review', exact: true }).click()
  await page.getByRole('button', { name: 'Show what it is for' }).click()
  await page.getByLabel('Also log practice').check()
  await page.getByRole('button', { name: /^Good/ }).click()
  await expect(page.getByText('Say what you did.')).toBeVisible()
  await page.getByLabel('What I did').fill('Ran the vote for the offsite agenda')
  await shoot(page, 'review')
  await page.getByRole('button', { name: /^Good/ }).click()
  await expect(page.getByText('6 skills due')).toBeVisible()
  await shoot(page, 'review-after-one')

  await page.getByRole('button', { name: 'Skills', exact: true }).click()
  await page.getByRole('button', { name: 'Summary' }).click()
  await expect(page.getByRole('heading', { name: 'With each partner' })).toBeVisible()
  await shoot(page, 'skills-summary')

  await page.getByRole('button', { name: 'Home', exact: true }).click()
  await expect(page.getByTestId('review-count')).toHaveText('6')
  await shoot(page, 'home-review-widget')

  await page.getByRole('button', { name: 'Sessions', exact: true }).click()
  await page.getByRole('button', { name: /Miro and retros/ }).click()
  const panel = page.getByRole('region', { name: 'Skills from this session' })
  await expect(panel).toBeVisible()
  await shoot(page, 'session-capture', panel)
})
