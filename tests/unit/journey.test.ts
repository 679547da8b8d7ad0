import { describe, expect, it } from 'vitest'
import { cadenceOf, lengthInWords } from '../../src/main/journey/cadence'
import { addMonths, monthsFrom } from '../../src/main/journey/dates'
import { goalDraft, reflectionDraft, sessionDraft, skillDraft } from './helpers/records'
import { fixedClock, openEngine } from './helpers/temp'

// Today in these tests: 27 November 2026 (noon UTC, the same local day in any time zone near UTC).
const TODAY = '2026-11-27T12:00:00.000Z'

/** Sam: every two weeks since 19 June, one meeting missed (31 July), and one long before in January. */
const SAM = [
  '2026-01-10',
  '2026-06-19',
  '2026-07-03',
  '2026-07-17',
  '2026-08-14',
  '2026-08-28',
  '2026-09-11',
].concat(['2026-09-25', '2026-10-09', '2026-10-23', '2026-11-06', '2026-11-20'])
/** Ana: weekly for three weeks, over a year ago. */
const ANA = ['2025-09-01', '2025-09-08', '2025-09-15', '2025-09-22']

async function seededJournal() {
  const clock = fixedClock(TODAY)
  const engine = await openEngine(undefined, clock)
  const { call } = engine
  const sam = await call('partners:create', { name: 'Sam', direction: 'they-mentor-me' })
  const ana = await call('partners:create', { name: 'Ana', direction: 'i-mentor-them' })
  const kim = await call('partners:create', { name: 'Kim', direction: 'both-ways' })
  const samSessions: Record<string, string> = {}
  for (const date of SAM) {
    const learned =
      date === '2026-06-19' ? '- Pivot tables' : date === '2026-11-06' ? 'Keyboard shortcuts in Miro' : ''
    const s = await call(
      'sessions:create',
      sessionDraft({
        date,
        partnerId: sam.id,
        title: `Sam ${date}`,
        learned,
        durationMinutes: date === '2026-07-03' ? null : 60,
      }),
    )
    samSessions[date] = s.id
  }
  for (const date of ANA)
    await call(
      'sessions:create',
      sessionDraft({ date, partnerId: ana.id, title: `Ana ${date}`, durationMinutes: 30 }),
    )
  await call(
    'sessions:create',
    sessionDraft({ date: '2026-10-28', partnerId: kim.id, title: 'Kim one', durationMinutes: 45 }),
  )
  const kimNov = await call(
    'sessions:create',
    sessionDraft({
      date: '2026-10-28',
      partnerId: kim.id,
      title: 'Kim two, same day',
      learned: '- Using breakout rooms for pairs\n- Shared screens with sound',
      durationMinutes: 45,
    }),
  )
  await call(
    'sessions:create',
    sessionDraft({
      date: '2026-11-10',
      partnerId: null,
      title: 'On my own',
      private: true,
      durationMinutes: 90,
    }),
  )

  const rooms = await call(
    'skills:create',
    skillDraft({
      name: 'Breakout rooms',
      partnerId: sam.id,
      initialLevel: 1,
      firstMet: '2026-06-19',
      sessionIds: [kimNov.id],
    }),
  )
  await call('skills:log-practice', { skillId: rooms.id, date: '2026-07-17', note: 'Ran one', levelAfter: 2 })
  await call('skills:log-practice', {
    skillId: rooms.id,
    date: '2026-09-11',
    note: 'Ran three',
    levelAfter: 3,
  })
  await call('skills:log-practice', { skillId: rooms.id, date: '2026-11-20', note: 'Again', levelAfter: 3 })
  const pivots = await call(
    'skills:create',
    skillDraft({
      name: 'Pivot tables',
      category: 'Data and spreadsheets',
      initialLevel: 2,
      firstMet: '2025-06-01',
    }),
  )
  await call('skills:log-practice', {
    skillId: pivots.id,
    date: '2025-10-01',
    note: 'Sums by month',
    levelAfter: 3,
  })

  await call(
    'reflections:create',
    reflectionDraft({ date: '2026-11-20', sessionId: samSessions['2026-11-20'] ?? null }),
  )
  await call('reflections:create', reflectionDraft({ date: '2026-11-20' }))
  await call('reflections:create', reflectionDraft({ date: '2026-03-03' }))

  const hosting = await call(
    'goals:create',
    goalDraft({ title: 'Host a hybrid meeting', startDate: '2026-06-01' }),
  )
  await call('goals:link-session', { goalId: hosting.id, sessionId: samSessions['2026-08-14'] ?? '' })
  clock.set('2026-10-15T12:00:00.000Z')
  await call('goals:set-status', { id: hosting.id, status: 'achieved', reflection: 'Done twice.' })
  const oldGoal = await call('goals:create', goalDraft({ title: 'Old one', startDate: '2025-01-01' }))
  clock.set('2025-03-01T12:00:00.000Z')
  await call('goals:set-status', { id: oldGoal.id, status: 'achieved', reflection: 'It stuck.' })
  await call('goals:create', goalDraft({ title: 'Still going' }))
  clock.set(TODAY)
  return { ...engine, sam, ana, kim, rooms, pivots, hosting, oldGoal, kimNov, samSessions }
}

describe('journey:overview on a seeded journal', () => {
  it('counts sessions and minutes per month over the last twelve months, empty months included', async () => {
    const { call } = await seededJournal()
    const overview = await call('journey:overview', { period: '12-months' })
    expect(overview.today).toBe('2026-11-27')
    expect(overview.months.map((m) => m.month)).toEqual(monthsFrom('2025-12', '2026-11'))
    const busy = overview.months.filter((m) => m.sessions > 0)
    expect(busy).toEqual([
      { month: '2026-01', sessions: 1, minutes: 60 },
      { month: '2026-06', sessions: 1, minutes: 60 },
      // 3 July has no duration: a session, no minutes.
      { month: '2026-07', sessions: 2, minutes: 60 },
      { month: '2026-08', sessions: 2, minutes: 120 },
      { month: '2026-09', sessions: 2, minutes: 120 },
      { month: '2026-10', sessions: 4, minutes: 210 },
      // The private session on 10 November counts: this is the user's own screen.
      { month: '2026-11', sessions: 3, minutes: 210 },
    ])
    expect(overview.totalSessions).toBe(15)
    expect(overview.totalMinutes).toBe(840)
  })

  it('goes back to the first session for the whole journal', async () => {
    const { call } = await seededJournal()
    const overview = await call('journey:overview', { period: 'all' })
    expect(overview.months[0]).toEqual({ month: '2025-09', sessions: 4, minutes: 120 })
    expect(overview.months).toHaveLength(15)
    expect(overview.totalSessions).toBe(19)
    expect(overview.totalMinutes).toBe(960)
  })

  it('describes each pair’s rhythm in words, a missed meeting not ending it', async () => {
    const { call, sam, ana, kim } = await seededJournal()
    const { cadences } = await call('journey:overview', { period: '12-months' })
    expect(cadences.map((c) => [c.partnerId, c.rhythm, c.heldSince, c.current, c.sentence])).toEqual([
      [sam.id, 'two-weeks', '2026-06-19', true, 'You have met Sam about every two weeks for five months.'],
      [kim.id, null, null, false, 'You have met Kim twice so far.'],
      [
        ana.id,
        'week',
        '2025-09-01',
        false,
        'You met Ana about every week for three weeks; the last time was a while ago.',
      ],
    ])
    expect(cadences.find((c) => c.partnerId === sam.id)?.sessions).toBe(12)
  })

  it('counts sessions, reflections and practice per day over the last twelve months', async () => {
    const { call } = await seededJournal()
    const { heatmap } = await call('journey:overview', { period: '12-months' })
    expect(heatmap.from).toBe('2025-11-28')
    expect(heatmap.to).toBe('2026-11-27')
    const on = (date: string) => heatmap.days.find((d) => d.date === date)
    expect(on('2026-11-20')).toEqual({ date: '2026-11-20', sessions: 1, reflections: 2, practice: 1 })
    expect(on('2026-10-28')).toEqual({ date: '2026-10-28', sessions: 2, reflections: 0, practice: 0 })
    expect(on('2026-03-03')).toEqual({ date: '2026-03-03', sessions: 0, reflections: 1, practice: 0 })
    expect(on('2026-07-17')).toEqual({ date: '2026-07-17', sessions: 1, reflections: 0, practice: 1 })
    // Ana's sessions and the 2025 practice are older than the heatmap's year.
    expect(on('2025-09-01')).toBeUndefined()
    expect(on('2025-10-01')).toBeUndefined()
    const total = heatmap.days.reduce((n, d) => n + d.sessions + d.reflections + d.practice, 0)
    expect(total).toBe(15 + 3 + 3)
  })

  it('lists skills that moved up a level in the period and goals achieved in it', async () => {
    const { call, rooms, pivots, hosting, oldGoal } = await seededJournal()
    const year = await call('journey:overview', { period: '12-months' })
    expect(year.skills).toEqual([
      {
        skillId: rooms.id,
        name: 'Breakout rooms',
        fromLevel: 1,
        toLevel: 3,
        steps: [
          { date: '2026-07-17', level: 2 },
          { date: '2026-09-11', level: 3 },
        ],
      },
    ])
    expect(year.goals).toEqual([
      { goalId: hosting.id, title: 'Host a hybrid meeting', achievedOn: '2026-10-15' },
    ])
    const all = await call('journey:overview', { period: 'all' })
    expect(all.skills.map((s) => [s.skillId, s.fromLevel, s.toLevel])).toEqual([
      [rooms.id, 1, 3],
      [pivots.id, 2, 3],
    ])
    // The whole journal keeps a goal achieved before the first session.
    expect(all.goals.map((g) => g.goalId)).toEqual([hosting.id, oldGoal.id])
  })

  it('picks what was learned nearest a month and six months ago, and nothing for a year with no session near it', async () => {
    const { call, kimNov, samSessions, rooms, pivots, kim, sam } = await seededJournal()
    const { whileAgo } = await call('journey:overview', { period: '12-months' })
    expect(whileAgo).toEqual([
      {
        key: 'month',
        target: '2026-10-27',
        // 28 October (1 day off) beats 6 November (10 days off).
        sessionId: kimNov.id,
        sessionDate: '2026-10-28',
        sessionTitle: 'Kim two, same day',
        partnerId: kim.id,
        partnerName: 'Kim',
        lines: [
          // Not the skill's name, but the session is linked to the skill and the line names it.
          { text: 'Using breakout rooms for pairs', skillId: rooms.id, skillName: 'Breakout rooms' },
          { text: 'Shared screens with sound', skillId: null, skillName: null },
        ],
      },
      {
        key: 'six-months',
        target: '2026-05-27',
        sessionId: samSessions['2026-06-19'],
        sessionDate: '2026-06-19',
        sessionTitle: 'Sam 2026-06-19',
        partnerId: sam.id,
        partnerName: 'Sam',
        lines: [{ text: 'Pivot tables', skillId: pivots.id, skillName: 'Pivot tables' }],
      },
    ])
  })

  it('narrows everything to one partner', async () => {
    const { call, sam, rooms, hosting } = await seededJournal()
    const overview = await call('journey:overview', { period: '12-months', partnerId: sam.id })
    expect(overview.totalSessions).toBe(12)
    expect(overview.cadences.map((c) => c.partnerId)).toEqual([sam.id])
    expect(overview.heatmap.days.find((d) => d.date === '2026-11-20')).toEqual({
      date: '2026-11-20',
      sessions: 1,
      reflections: 1,
      practice: 1,
    })
    expect(overview.skills.map((s) => s.skillId)).toEqual([rooms.id])
    expect(overview.goals.map((g) => g.goalId)).toEqual([hosting.id])
    expect(overview.whileAgo.map((w) => [w.key, w.sessionDate])).toEqual([
      ['month', '2026-11-06'],
      ['six-months', '2026-06-19'],
    ])
  })

  it('answers an empty journal with empty months and nothing else', async () => {
    const { call } = await openEngine(undefined, fixedClock(TODAY))
    const overview = await call('journey:overview', { period: 'all' })
    expect(overview.months).toHaveLength(12)
    expect(overview.totalSessions).toBe(0)
    expect([
      overview.cadences,
      overview.heatmap.days,
      overview.skills,
      overview.goals,
      overview.whileAgo,
    ]).toEqual([[], [], [], [], []])
  })

  it('refuses a period it does not know', async () => {
    const { refusal } = await openEngine(undefined, fixedClock(TODAY))
    const error = await refusal('journey:overview', { period: 'last-week' } as never)
    expect(error).toMatchObject({
      code: 'invalid-input',
      message: 'Pick the last twelve months or the whole journal.',
    })
  })
})

describe('cadence', () => {
  it('reads a monthly rhythm and ends the run at a second missed meeting', () => {
    const dates = [
      '2026-01-05',
      '2026-03-20',
      '2026-05-30',
      '2026-07-01',
      '2026-08-01',
      '2026-09-03',
      '2026-10-02',
    ]
    // Gaps 74, 71, 32, 31, 33, 29: the 71 days before 30 May are one missed meeting (up to 75), the
    // 74 before that a second, so the run starts on 20 March.
    const cadence = cadenceOf(dates, '2026-10-20')
    expect(cadence).toMatchObject({ rhythm: 'month', heldSince: '2026-03-20', current: true })
  })

  it('names no rhythm when the latest gap broke a short pattern', () => {
    expect(cadenceOf(['2026-01-01', '2026-01-08', '2026-06-01'], '2026-06-02').rhythm).toBeNull()
    // Five sessions in eight days: too short a run to call a weekly rhythm.
    const burst = ['2026-03-01', '2026-03-03', '2026-03-05', '2026-03-07', '2026-03-09']
    expect(cadenceOf(burst, '2026-03-10').rhythm).toBeNull()
    expect(cadenceOf([...burst, '2026-03-16'], '2026-03-17')).toMatchObject({
      rhythm: 'week',
      heldSince: '2026-03-01',
    })
  })

  it('says how long in weeks, months and years', () => {
    expect(lengthInWords('2026-01-01', '2026-01-22')).toBe('three weeks')
    expect(lengthInWords('2026-01-01', '2026-06-01')).toBe('five months')
    expect(lengthInWords('2025-01-01', '2026-01-01')).toBe('a year')
    expect(lengthInWords('2024-01-01', '2026-03-01')).toBe('two years and two months')
  })

  it('adds months within the calendar', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28')
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15')
  })
})
