import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTandem, type Tandem } from '../../src/main/app'
import { callsTo } from './helpers/call'

const dirs: string[] = []
const open: Tandem[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()))
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** Local noon on 2026-11-27 (a Friday), so the local date is the same in every time zone the tests run in. */
let now = new Date(2026, 10, 27, 12, 0)
const clock = { now: () => now }

async function start(dataDir?: string) {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'tandem-reflect-')))
  if (!dataDir) dirs.push(dir)
  const tandem = await createTandem({
    dataDir: dir,
    resourcesDir: 'resources',
    ports: { openExternal: async () => {} },
    clock,
  })
  open.push(tandem)
  const { call, refusal } = callsTo(tandem.router)
  return { dir, tandem, call, refusal }
}

const blankReflection = {
  date: '2026-11-27',
  promptId: null,
  answer: 'Something I noticed.',
  confidence: null,
  sessionId: null,
  goalIds: [],
  skillIds: [],
  private: false,
}

const blankSession = {
  date: '2026-11-27',
  partnerId: null,
  title: 'Session',
  topics: [],
  notes: '',
  learned: '',
  shared: '',
  actionItems: [],
  durationMinutes: null,
  private: false,
}

describe('custom prompts', () => {
  it('refuse empty text at the field, and can be edited, archived, hidden and pinned', async () => {
    const { call, refusal } = await start()
    const error = await refusal('prompts:create-custom', {
      text: '   ',
      theme: 'relationship',
      moment: 'any-time',
      side: 'both',
    })
    expect(error).toMatchObject({
      code: 'invalid-input',
      field: 'text',
      message: 'Write the prompt before saving it.',
    })

    const mine = await call('prompts:create-custom', {
      text: ' What did I avoid? ',
      theme: 'relationship',
      moment: 'any-time',
      side: 'both',
    })
    expect(mine).toMatchObject({ text: 'What did I avoid?', source: 'custom', archived: false })
    await call('prompts:update-custom', {
      id: mine.id,
      text: 'What did I avoid saying?',
      theme: 'inclusivity',
      moment: 'after-session',
      side: 'learner',
    })
    await call('prompts:set-archived', { id: mine.id, value: true })
    await call('prompts:set-hidden', { id: 'fp-what-surprised-me', value: true })
    await call('prompts:set-pinned', { id: 'rel-appreciation', value: true })
    const built = await refusal('prompts:update-custom', {
      id: '00000000-0000-4000-8000-000000000000',
      text: 'x',
      theme: 'relationship',
      moment: 'any-time',
      side: 'both',
    })
    expect(built.code).toBe('not-found')

    const { prompts } = await call('prompts:library', undefined)
    expect(prompts.find((p) => p.id === mine.id)).toMatchObject({
      text: 'What did I avoid saying?',
      theme: 'inclusivity',
      archived: true,
    })
    expect(prompts.find((p) => p.id === 'fp-what-surprised-me')?.hidden).toBe(true)
    expect(prompts.find((p) => p.id === 'rel-appreciation')?.pinned).toBe(true)
    expect(prompts.length).toBeGreaterThanOrEqual(81)
  })

  it('the prompt of the day skips a prompt once it was answered, and hidden prompts', async () => {
    const { call } = await start()
    const first = await call('prompts:of-the-day', { shuffle: 0 })
    expect(first).not.toBeNull()
    expect(await call('prompts:of-the-day', { shuffle: 0 })).toEqual(first)
    expect((await call('prompts:of-the-day', { shuffle: 1 }))?.id).not.toBe(first?.id)
    await call('reflections:create', { ...blankReflection, promptId: first?.id ?? null })
    const second = await call('prompts:of-the-day', { shuffle: 0 })
    expect(second?.id).not.toBe(first?.id)
    await call('prompts:set-hidden', { id: second?.id ?? '', value: true })
    expect((await call('prompts:of-the-day', { shuffle: 0 }))?.id).not.toBe(second?.id)
  })
})

describe('reflections', () => {
  it('keep the prompt text as it was when answered', async () => {
    const { call, dir } = await start()
    const mine = await call('prompts:create-custom', {
      text: 'Original wording',
      theme: 'relationship',
      moment: 'any-time',
      side: 'both',
    })
    const reflection = await call('reflections:create', {
      ...blankReflection,
      promptId: mine.id,
      confidence: 4,
    })
    expect(reflection.prompt).toEqual({
      id: mine.id,
      text: 'Original wording',
      theme: 'relationship',
      moment: 'any-time',
    })
    await call('prompts:update-custom', {
      id: mine.id,
      text: 'New wording',
      theme: 'inclusivity',
      moment: 'any-time',
      side: 'both',
    })
    const { promptId: _p, ...update } = blankReflection
    await call('reflections:update', { ...update, id: reflection.id, answer: '- **Edited** answer' })

    const again = await start(dir)
    const stored = await again.call('reflections:get', { id: reflection.id })
    expect(stored.prompt?.text).toBe('Original wording')
    expect(stored.answer).toBe('- **Edited** answer')
    const [row] = await again.call('reflections:list', undefined)
    expect(row).toMatchObject({ id: reflection.id, excerpt: 'Edited answer' })
  })

  it('refuse an empty answer at the field, a bad confidence, and an unknown session', async () => {
    const { refusal } = await start()
    expect(await refusal('reflections:create', { ...blankReflection, answer: ' \n ' })).toMatchObject({
      field: 'answer',
      message: 'Write an answer before saving this reflection.',
    })
    expect(await refusal('reflections:create', { ...blankReflection, confidence: 6 })).toMatchObject({
      field: 'confidence',
    })
    expect(
      await refusal('reflections:create', {
        ...blankReflection,
        sessionId: '00000000-0000-4000-8000-000000000000',
      }),
    ).toMatchObject({ field: 'sessionId' })
    expect(
      await refusal('reflections:create', { ...blankReflection, promptId: 'no-such-prompt' }),
    ).toMatchObject({
      field: 'promptId',
    })
  })

  it('link to a session, are listed newest first, and lose the link when the session is deleted', async () => {
    const { call } = await start()
    const session = await call('sessions:create', blankSession)
    const { id: goal } = await call('goals:create', {
      title: 'Ask better questions',
      why: '',
      category: 'Relationship',
      direction: 'learning',
      outcome: '',
      measure: '',
      startDate: '2026-11-01',
      targetDate: null,
      milestones: [],
      progressMode: 'milestones',
      manualProgress: null,
      manualReason: '',
    })
    const older = await call('reflections:create', {
      ...blankReflection,
      date: '2026-10-02',
      answer: 'Older',
    })
    const linked = await call('reflections:create', {
      ...blankReflection,
      sessionId: session.id,
      goalIds: [goal, goal],
    })
    expect(linked.goalIds).toEqual([goal])
    expect((await call('reflections:for-session', { sessionId: session.id })).map((r) => r.id)).toEqual([
      linked.id,
    ])
    expect((await call('reflections:list', undefined)).map((r) => r.id)).toEqual([linked.id, older.id])

    await call('sessions:delete', { id: session.id })
    expect((await call('reflections:get', { id: linked.id })).sessionId).toBeNull()
  })
})

describe('programs', () => {
  it('start from a template without changing it; weeks are done when a session is logged; edits and skips stay', async () => {
    now = new Date(2026, 10, 27, 12, 0)
    const { call, refusal, dir } = await start()
    const partner = await call('partners:create', { name: 'Sam', direction: 'both-ways' })
    const started = await call('programs:start', {
      templateId: 'reverse-mentoring-12-weeks',
      partnerId: partner.id,
      startDate: '2026-11-23',
    })
    expect(started.currentWeek).toBe(1)
    expect(started.weeks[0]).toMatchObject({
      theme: 'Getting to know each other',
      status: 'current',
      start: '2026-11-23',
      end: '2026-11-29',
    })
    expect(started.progress).toEqual({ done: 0, skipped: 0, total: 12 })

    await call('sessions:create', { ...blankSession, partnerId: partner.id, date: '2026-11-25' })
    await call('programs:edit-week', {
      programId: started.id,
      week: 2,
      theme: 'Our own rules',
      agenda: ['Talk'],
    })
    await call('programs:set-week-skipped', { programId: started.id, week: 3, value: true })
    expect(
      await refusal('programs:edit-week', { programId: started.id, week: 2, theme: ' ', agenda: [] }),
    ).toMatchObject({ field: 'theme' })

    const again = await start(dir)
    const [view] = await again.call('programs:list', undefined)
    expect(view?.weeks.slice(0, 3).map((w) => [w.theme, w.status])).toEqual([
      ['Getting to know each other', 'done'],
      ['Our own rules', 'upcoming'],
      ['Mapping what each of us can teach', 'skipped'],
    ])
    expect(view?.progress).toEqual({ done: 1, skipped: 1, total: 12 })

    // The template is untouched: a second program starts with the original week 2.
    const second = await again.call('programs:start', {
      templateId: 'reverse-mentoring-12-weeks',
      partnerId: null,
      startDate: '2026-11-30',
    })
    expect(second.weeks[1]?.theme).toBe('Ground rules and a safe space')
    expect(second.currentWeek).toBeNull()

    now = new Date(2026, 11, 1, 9, 0)
    const [later] = await again.call('programs:list', undefined)
    expect(later?.currentWeek).toBe(1)
  })

  it('refuse an unknown template or partner', async () => {
    const { refusal } = await start()
    expect(
      await refusal('programs:start', { templateId: 'nope', partnerId: null, startDate: '2026-11-23' }),
    ).toMatchObject({ field: 'templateId' })
    expect(
      await refusal('programs:start', {
        templateId: 'reverse-mentoring-12-weeks',
        partnerId: '00000000-0000-4000-8000-000000000000',
        startDate: '2026-11-23',
      }),
    ).toMatchObject({ field: 'partnerId' })
  })
})

describe('reviews due', () => {
  it('come due on the chosen day and go away once a review is written', async () => {
    // Started on Thursday 19 November; the weekly review is on Fridays.
    now = new Date(2026, 10, 19, 12, 0)
    const { call, dir } = await start()
    expect(await call('prompts:reviews-due', undefined)).toEqual([])
    now = new Date(2026, 10, 20, 12, 0)
    expect(await call('prompts:reviews-due', undefined)).toMatchObject([
      { kind: 'weekly', since: '2026-11-20' },
    ])
    now = new Date(2026, 10, 21, 12, 0)
    const [due] = await call('prompts:reviews-due', undefined)
    expect(due?.prompt?.moment).toBe('weekly-review')
    await call('reflections:create', {
      ...blankReflection,
      date: '2026-11-21',
      promptId: due?.prompt?.id ?? null,
    })
    expect(await call('prompts:reviews-due', undefined)).toEqual([])
    await call('prompts:update-settings', {
      favouriteThemes: ['inclusivity'],
      reviews: { weekly: { enabled: false, weekday: 1 }, monthly: { enabled: true, day: 28 } },
    })
    now = new Date(2026, 10, 28, 12, 0)
    const again = await start(dir)
    expect(await again.call('prompts:reviews-due', undefined)).toMatchObject([
      { kind: 'monthly', since: '2026-11-28' },
    ])
    expect((await again.call('prompts:library', undefined)).settings.favouriteThemes).toEqual(['inclusivity'])
  })
})
