import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { createEvents, type FeatureContext } from '../../src/main/context'
import { renderSectionBodies } from '../../src/main/export/html'
import { buildReport } from '../../src/main/export/report'
import { reportSections } from '../../src/main/export/sections'
import type { GoalsModel } from '../../src/main/export/sections/goals'
import type { SummaryModel } from '../../src/main/export/sections/summary'
import { openGoals } from '../../src/main/goals/service'
import { openPartners } from '../../src/main/partners/service'
import { openSessions } from '../../src/main/sessions/service'
import { Journal } from '../../src/main/store/journal'
import type { GoalDraft } from '../../src/shared/domain/goal'
import { reportOptions } from './export-helpers'

const goalDraft = (overrides: Partial<GoalDraft>): GoalDraft => ({
  title: 'A goal',
  why: '',
  category: 'Digital fluency',
  direction: 'learning',
  outcome: '',
  measure: '',
  startDate: '2026-09-01',
  targetDate: null,
  milestones: [],
  progressMode: 'milestones',
  manualProgress: null,
  manualReason: '',
  ...overrides,
})

test('the goals section holds the goals open in the period, with progress, milestones and check-ins of the period', async () => {
  let now = new Date('2026-10-12T09:00:00Z')
  const ctx: FeatureContext = {
    journal: await Journal.open(await mkdtemp(join(tmpdir(), 'tandem-report-goals-'))),
    clock: { now: () => now },
    events: createEvents(),
    ports: { openExternal: async () => undefined },
    resourcesDir: 'resources',
    appVersion: 'test',
  }
  const partners = await openPartners(ctx)
  const sessions = await openSessions(ctx, { partners })
  const goals = await openGoals(ctx, { sessions })
  const miro = await goals.create(
    goalDraft({
      title: 'Run a workshop on Miro',
      milestones: [
        { text: 'Learn the basics', due: null, done: true },
        { text: 'Run one', due: null, done: false },
      ],
    }),
  )
  await goals.addCheckIn({ goalId: miro.id, date: '2026-10-05', note: 'Tried **voting**' })
  await goals.addCheckIn({ goalId: miro.id, date: '2026-09-20', note: 'Too early' })
  await goals.create(goalDraft({ title: 'Starts later', startDate: '2026-11-02' }))
  const pivots = await goals.create(goalDraft({ title: 'Learn pivots' }))
  await goals.setStatus({ id: pivots.id, status: 'achieved', reflection: 'It clicked.' })
  const old = await goals.create(goalDraft({ title: 'Closed long ago', startDate: '2026-01-01' }))
  now = new Date('2026-02-01T09:00:00Z')
  await goals.setStatus({ id: old.id, status: 'dropped', reflection: 'Not needed any more.' })

  now = new Date('2026-11-10T09:00:00Z') // "last month" is October
  const deps = { partners, sessions, goals }
  const options = { ...reportOptions, sections: ['summary', 'goals', 'sessions'] }
  const report = buildReport(options, reportSections(deps), deps, now)
  const model = report.sections.find((s) => s.id === 'goals')?.model as GoalsModel
  expect(model.goals.map((g) => g.title)).toEqual(['Run a workshop on Miro', 'Learn pivots'])
  expect(model.goals[0]).toMatchObject({ progress: 50, status: 'Active', closedInPeriod: false })
  expect(model.goals[0]?.milestones).toEqual([
    { text: 'Learn the basics', done: true, doneInPeriod: true },
    { text: 'Run one', done: false, doneInPeriod: false },
  ])
  expect(model.goals[0]?.checkIns.map((c) => c.note)).toEqual(['Tried **voting**'])
  expect(model.goals[1]).toMatchObject({
    status: 'Achieved',
    closedInPeriod: true,
    closingReflection: 'It clicked.',
  })

  const summary = report.sections.find((s) => s.id === 'summary')?.model as SummaryModel
  expect(summary.facts).toContainEqual({
    label: 'Goals achieved',
    value: '1',
    detail: 'of 2 goals in this period',
  })
  expect(summary.facts).toContainEqual({ label: 'Milestones reached', value: '1' })
  const html = (await renderSectionBodies(report)).join('')
  expect(html).toContain('<div class="fill p50">')
  expect(html).toContain('<strong>voting</strong>')
  expect(html).not.toContain('Too early')
})

test('a goal kept out of exports stays out of the report and its summary unless the user opts in', async () => {
  const now = new Date('2026-11-10T09:00:00Z')
  const ctx: FeatureContext = {
    journal: await Journal.open(await mkdtemp(join(tmpdir(), 'tandem-report-goals-'))),
    clock: { now: () => now },
    events: createEvents(),
    ports: { openExternal: async () => undefined },
    resourcesDir: 'resources',
    appVersion: 'test',
  }
  const partners = await openPartners(ctx)
  const sessions = await openSessions(ctx, { partners })
  const goals = await openGoals(ctx, { sessions })
  await goals.create(goalDraft({ title: 'Open goal' }))
  const secret = await goals.create(goalDraft({ title: 'Secret goal' }))
  await goals.update({ ...goalDraft({ title: 'Secret goal' }), id: secret.id, private: true })
  expect(goals.get(secret.id).private).toBe(true)

  const deps = { partners, sessions, goals }
  const titles = (includePrivate: boolean) => {
    const options = { ...reportOptions, sections: ['goals'], includePrivate }
    const report = buildReport(options, reportSections(deps), deps, now)
    const model = report.sections[0]?.model as GoalsModel | undefined
    return model?.goals.map((g) => g.title)
  }
  expect(titles(false)).toEqual(['Open goal'])
  expect(titles(true)?.sort()).toEqual(['Open goal', 'Secret goal'])
})
