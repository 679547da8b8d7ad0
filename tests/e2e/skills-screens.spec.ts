import { localToday } from '../../src/shared/domain/common'
import type { Skill } from '../../src/shared/domain/skill'
import { recordMaker } from '../bench/records'
import { inDays } from './dates'
import { expect, test } from './fixtures'
import { shoot } from './models/screens'
import { type JournalSeed, seedJournal } from './seed'

/** A lived-in journal: two partners, a session, and seven skills with their practice, all due for review today. */
function livedIn(): JournalSeed {
  const make = recordMaker()
  const sam = make.partner({ name: 'Sam Okafor', direction: 'both-ways' })
  const ada = make.partner({ name: 'Ada Lin', direction: 'they-mentor-me' })
  const session = make.session({
    date: inDays(-20),
    partnerId: sam.id,
    title: 'Miro and retros',
    topics: ['Miro'],
    learned: '- Dot voting on a Miro board\n- Sharing a screen in Teams',
    shared: '- Running a retro people enjoy',
    actionItems: [],
    durationMinutes: 45,
    private: false,
  })
  const rows: Array<[string, string, Skill['direction'], string | null, number, number[]]> = [
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
  const skills: Skill[] = []
  const practice = rows.flatMap(([name, category, direction, partnerId, initialLevel, levels]) => {
    const skill = make.skill({
      name,
      category,
      direction,
      partnerId,
      initialLevel,
      purpose: `**${name}**: what it is for, in a sentence.\n\n- when to use it\n- the one trick that matters`,
      firstMet: inDays(-90),
      evidence: 'Built the [team board](https://example.com/board) myself.',
      sessionIds: name.includes('Miro') || name.includes('retro') ? [session.id] : [],
      createdAt: `${localToday()}T08:00:00.000Z`,
    })
    skills.push(skill)
    return levels.map((levelAfter, i) =>
      make.practice(skill, {
        date: inDays(-80 + i * 22),
        note: `Practice ${i + 1}: used it on a real piece of work`,
        levelAfter,
      }),
    )
  })
  return { partners: [sam, ada], sessions: [session], skills, practice }
}

test('screenshots of the skills screens, light and dark', async ({ app }) => {
  await seedJournal(app.dataDir, livedIn())
  const page = await app.restart()
  const { skills } = app
  await app.nav.go('Skills')
  await expect(page.getByRole('region', { name: 'AI tools' })).toBeVisible()
  await shoot(page, 'skills-list', { fullPage: true })

  await skills.row('Dot voting on a Miro board').click()
  await expect(skills.currentLevel).toHaveText('4')
  await shoot(page, 'skill-detail', { fullPage: true })

  await app.nav.go('Practise skills')
  await skills.reveal()
  await page.getByLabel('Also log practice').check()
  await skills.rate('Good')
  await expect(page.getByText('Say what you did.')).toBeVisible()
  await page.getByLabel('What I did').fill('Ran the vote for the offsite agenda')
  await shoot(page, 'review', { fullPage: true })
  await skills.rate('Good')
  await expect(page.getByText('6 skills due')).toBeVisible()
  await shoot(page, 'review-after-one', { fullPage: true })

  await app.nav.go('Skills')
  await page.getByRole('button', { name: 'Summary' }).click()
  await expect(page.getByRole('heading', { name: 'With each partner' })).toBeVisible()
  await shoot(page, 'skills-summary', { fullPage: true })

  await app.nav.go('Home')
  await expect(page.getByTestId('review-count')).toHaveText('6')
  await shoot(page, 'home-review-widget', { fullPage: true })

  await app.sessions.open('Miro and retros')
  const panel = skills.sessionPanel
  await expect(panel).toBeVisible()
  await shoot(page, 'session-capture', { part: panel })
})
