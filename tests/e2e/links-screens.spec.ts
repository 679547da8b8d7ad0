import { recordMaker } from '../bench/records'
import { inDays } from './dates'
import { expect, test } from './fixtures'
import { shoot } from './models/screens'
import { type JournalSeed, seedJournal } from './seed'

/** A goal with two skills and two reflections linked to it, beside a second goal. */
function linked(): JournalSeed {
  const make = recordMaker()
  const goal = (title: string) =>
    make.goal({
      title,
      why: 'Our conference needs fresh voices.',
      category: 'Digital fluency',
      direction: 'learning',
      startDate: inDays(-30),
      targetDate: inDays(40),
      milestones: [make.milestone({ text: 'Post three times', done: true })],
    })
  const linkedIn = goal('Find speakers on LinkedIn with a saved search that runs every week')
  const retros = goal('Run our retros on Miro')
  const skill = (name: string) =>
    make.skill({
      name,
      category: 'Social media',
      direction: 'learned',
      purpose: 'Reaching people where they already are.',
      initialLevel: 2,
      firstMet: inDays(-20),
      goalIds: [linkedIn.id],
    })
  const search = skill('Saved searches on LinkedIn')
  const scheduling = skill('Scheduling a post')
  const reflections = (
    [
      [-3, 'The saved search found twelve people; two replied within a day.'],
      [-1, 'Scheduling on Sunday made Monday easy, and Sam showed me the analytics tab.'],
    ] as const
  ).map(([offset, answer]) =>
    make.reflection({
      date: inDays(offset),
      answer,
      confidence: 4,
      goalIds: [linkedIn.id],
      skillIds: [search.id],
    }),
  )
  return { goals: [linkedIn, retros], skills: [search, scheduling], reflections }
}

/** The app scrolls inside its main area, so a tall window shows each screen whole. */
const tall = { height: 1500, fullPage: true } as const

test('screenshots of the links between goals, skills and reflections, light and dark', async ({ app }) => {
  await seedJournal(app.dataDir, linked())
  const page = await app.restart()
  const { skills } = app
  await skills.open('Saved searches on LinkedIn')
  await expect(skills.goalsGroup).toContainText('Find speakers')
  await expect(
    page.getByRole('region', { name: 'Reflections', exact: true }).getByRole('listitem'),
  ).toHaveCount(2)
  await shoot(page, 'links-skill-detail', tall)

  await skills.goalsGroup.getByRole('button', { name: /^Find speakers/ }).click()
  await expect(page.getByRole('region', { name: 'Skills', exact: true }).getByRole('listitem')).toHaveCount(2)
  await shoot(page, 'links-goal-detail', tall)

  await page.getByRole('region', { name: 'Reflections', exact: true }).getByRole('button').first().click()
  await expect(page.getByRole('group', { name: 'Skills it is about' })).toContainText('Saved searches')
  await shoot(page, 'links-reflection-editor', tall)
})
