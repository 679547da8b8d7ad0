import type { Page } from '@playwright/test'
import type { TandemApi } from '../../src/shared/contract'
import { expect, test } from './fixtures'

/** A goal with two skills and two reflections linked to it, seeded through window.tandem. */
async function seed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const api = (window as unknown as { tandem: TandemApi }).tandem
    const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message)
      return r.value
    }
    const today = new Date()
    const day = (offset: number) => {
      const d = new Date(today)
      d.setDate(d.getDate() + offset)
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    }
    const goal = (title: string) =>
      api.goals.create({
        title,
        why: 'Our conference needs fresh voices.',
        category: 'Digital fluency',
        direction: 'learning',
        outcome: '',
        measure: '',
        startDate: day(-30),
        targetDate: day(40),
        milestones: [{ text: 'Post three times', due: null, done: true }],
        progressMode: 'milestones',
        manualProgress: null,
        manualReason: '',
      })
    const linkedIn = value(await goal('Find speakers on LinkedIn with a saved search that runs every week'))
    value(await goal('Run our retros on Miro'))
    const skill = (name: string, goalIds: string[]) =>
      api.skills.create({
        name,
        category: 'Social media',
        direction: 'learned',
        purpose: 'Reaching people where they already are.',
        initialLevel: 2,
        partnerId: null,
        firstMet: day(-20),
        evidence: '',
        sessionIds: [],
        goalIds,
      })
    const search = value(await skill('Saved searches on LinkedIn', [linkedIn.id]))
    value(await skill('Scheduling a post', [linkedIn.id]))
    for (const [offset, answer] of [
      [-3, 'The saved search found twelve people; two replied within a day.'],
      [-1, 'Scheduling on Sunday made Monday easy, and Sam showed me the analytics tab.'],
    ] as const) {
      value(
        await api.reflections.create({
          date: day(offset),
          promptId: null,
          answer,
          confidence: 4,
          sessionId: null,
          goalIds: [linkedIn.id],
          skillIds: [search.id],
          private: false,
        }),
      )
    }
  })
}

async function shoot(page: Page, name: string) {
  // The app scrolls inside its main area, so a tall window shows each screen whole.
  await page.setViewportSize({ width: 1280, height: 1500 })
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.screenshot({ path: `test-results/screens/${name}-${colorScheme}.png`, fullPage: true })
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

test('screenshots of the links between goals, skills and reflections, light and dark', async ({ app }) => {
  await seed(app.page)
  const page = await app.restart()
  await page.getByRole('button', { name: 'Skills', exact: true }).click()
  await page.getByRole('button', { name: /Saved searches on LinkedIn/ }).click()
  await expect(page.getByRole('group', { name: 'Goals it serves' })).toContainText('Find speakers')
  await expect(
    page.getByRole('region', { name: 'Reflections', exact: true }).getByRole('listitem'),
  ).toHaveCount(2)
  await shoot(page, 'links-skill-detail')

  await page
    .getByRole('group', { name: 'Goals it serves' })
    .getByRole('button', { name: /^Find speakers/ })
    .click()
  await expect(page.getByRole('region', { name: 'Skills', exact: true }).getByRole('listitem')).toHaveCount(2)
  await shoot(page, 'links-goal-detail')

  await page.getByRole('region', { name: 'Reflections', exact: true }).getByRole('button').first().click()
  await expect(page.getByRole('group', { name: 'Skills it speaks of' })).toContainText('Saved searches')
  await shoot(page, 'links-reflection-editor')
})
