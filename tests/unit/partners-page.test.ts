import { describe, expect, it } from 'vitest'
import {
  AGENDA_ITEMS_PER_KIND,
  PARTNER_PAGE_ITEMS,
  PARTNER_PAGE_SESSIONS,
} from '../../src/shared/domain/partner-page'
import { goalDraft, sessionDraft, skillDraft } from './helpers/records'
import { openEngine } from './helpers/temp'

const item = (text: string, done = false) => ({ text, done, due: null })

/** Sam: three sessions over three months (one empty between), one for Ana, one with nobody. */
async function seeded() {
  const engine = await openEngine()
  const { call } = engine
  const sam = await call('partners:create', { name: 'Sam', direction: 'they-mentor-me' })
  const ana = await call('partners:create', { name: 'Ana', direction: 'i-mentor-them' })
  const sept = await call(
    'sessions:create',
    sessionDraft({
      date: '2026-09-03',
      partnerId: sam.id,
      title: 'First',
      learned: '- Pinning messages\n- **Threads** in chat',
      shared: '1. How to chair a meeting',
      actionItems: [item('Try threads with the team'), item('Send the slides', true)],
    }),
  )
  const novA = await call(
    'sessions:create',
    sessionDraft({ date: '2026-11-02', partnerId: sam.id, title: 'Second', learned: 'Breakout rooms' }),
  )
  const novB = await call(
    'sessions:create',
    sessionDraft({
      date: '2026-11-20',
      partnerId: sam.id,
      title: 'Third',
      learned: '- Shared calendars\n- Shortcuts\n\n- shortcuts',
      shared: '- Giving feedback',
      actionItems: [item('Book a room for December'), item('try threads with the team')],
    }),
  )
  await call('sessions:create', sessionDraft({ date: '2026-11-05', partnerId: ana.id, learned: 'Not Sam’s' }))
  await call('sessions:create', sessionDraft({ date: '2026-11-06', partnerId: null, learned: 'Nobody’s' }))
  const goal = await call('goals:create', goalDraft({ title: 'Run hybrid meetings' }))
  await call('goals:link-session', { goalId: goal.id, sessionId: sept.id })
  await call('goals:link-session', { goalId: goal.id, sessionId: novB.id })
  await call('goals:create', goalDraft({ title: 'Unlinked goal' }))
  const due = await call('skills:create', skillDraft({ name: 'Threads', partnerId: sam.id }))
  const reviewed = await call('skills:create', skillDraft({ name: 'Pinning', partnerId: sam.id }))
  await call('skills:review', { skillId: reviewed.id, rating: 'good' })
  const taught = await call(
    'skills:create',
    skillDraft({ name: 'Chairing', direction: 'taught', partnerId: null, sessionIds: [sept.id] }),
  )
  await call('skills:create', skillDraft({ name: 'Ana’s skill', partnerId: ana.id }))
  return { ...engine, sam, ana, sept, novA, novB, goal, due, reviewed, taught }
}

describe('partners:page', () => {
  it('counts sessions per month, each way’s lines, goals, skills and open items of one partner only', async () => {
    const { call, sam, sept, novA, novB, goal, due, reviewed, taught } = await seeded()
    const page = await call('partners:page', { partnerId: sam.id })

    expect(page.partner.name).toBe('Sam')
    expect(page.sessionCount).toBe(3)
    expect(page.firstSessionOn).toBe('2026-09-03')
    expect(page.lastSessionOn).toBe('2026-11-20')
    expect(page.months).toEqual([
      { month: '2026-09', sessions: 1 },
      { month: '2026-10', sessions: 0 },
      { month: '2026-11', sessions: 2 },
    ])
    expect(page.recentSessions.map((s) => s.id)).toEqual([novB.id, novA.id, sept.id])
    expect(page.learned.count).toBe(5)
    expect(page.learned.lines.map((l) => [l.text, l.sessionDate])).toEqual([
      ['Shared calendars', '2026-11-20'],
      ['Shortcuts', '2026-11-20'],
      ['Breakout rooms', '2026-11-02'],
      ['Pinning messages', '2026-09-03'],
      ['Threads in chat', '2026-09-03'],
    ])
    expect(page.shared).toEqual({
      count: 2,
      lines: [
        { text: 'Giving feedback', sessionId: novB.id, sessionDate: '2026-11-20' },
        { text: 'How to chair a meeting', sessionId: sept.id, sessionDate: '2026-09-03' },
      ],
    })
    expect(page.goals).toEqual([{ id: goal.id, title: 'Run hybrid meetings', status: 'active', sessions: 2 }])
    expect(page.skills).toEqual([
      { id: taught.id, name: 'Chairing', direction: 'taught', dueForPractice: true },
      { id: reviewed.id, name: 'Pinning', direction: 'learned', dueForPractice: false },
      { id: due.id, name: 'Threads', direction: 'learned', dueForPractice: true },
    ])
    expect(page.openActionItemCount).toBe(3)
    expect(page.openActionItems.map((i) => [i.text, i.sessionDate])).toEqual([
      ['Book a room for December', '2026-11-20'],
      ['try threads with the team', '2026-11-20'],
      ['Try threads with the team', '2026-09-03'],
    ])
  })

  it('keeps the answer bounded: the latest 20 sessions and 50 open items, but every one counted', async () => {
    const { call } = await openEngine()
    const kim = await call('partners:create', { name: 'Kim', direction: 'both-ways' })
    for (let day = 1; day <= 25; day++) {
      await call(
        'sessions:create',
        sessionDraft({
          date: `2026-10-${String(day).padStart(2, '0')}`,
          partnerId: kim.id,
          actionItems: [
            item(`First of day ${day}`),
            item(`Second of day ${day}`),
            item(`Third of day ${day}`),
          ],
        }),
      )
    }
    const page = await call('partners:page', { partnerId: kim.id })
    expect(page.sessionCount).toBe(25)
    expect(page.months).toEqual([{ month: '2026-10', sessions: 25 }])
    expect(page.recentSessions).toHaveLength(PARTNER_PAGE_SESSIONS)
    expect(page.recentSessions[0]?.date).toBe('2026-10-25')
    expect(page.recentSessions.at(-1)?.date).toBe('2026-10-06')
    expect(page.openActionItemCount).toBe(75)
    expect(page.openActionItems).toHaveLength(PARTNER_PAGE_ITEMS)
    expect(page.openActionItems[0]?.text).toBe('First of day 25')
    const agenda = await call('partners:agenda', { partnerId: kim.id })
    const items = agenda.items.filter((i) => i.kind === 'action-item').map((i) => i.text)
    expect(items).toHaveLength(AGENDA_ITEMS_PER_KIND)
    expect(items.slice(0, 4)).toEqual([
      'First of day 25',
      'Second of day 25',
      'Third of day 25',
      'First of day 24',
    ])
  })

  it('answers an empty page for a partner with no sessions, and a plain error for one that is gone', async () => {
    const { call, ana } = await seeded()
    const lee = await call('partners:create', { name: 'Lee', direction: 'both-ways' })
    const page = await call('partners:page', { partnerId: lee.id })
    expect(page).toMatchObject({ sessionCount: 0, months: [], recentSessions: [], goals: [], skills: [] })
    expect(page.learned).toEqual({ count: 0, lines: [] })
    expect(page.openActionItems).toEqual([])
    await call('partners:delete', { id: ana.id })
    await expect(call('partners:page', { partnerId: ana.id })).rejects.toThrow(/partner no longer exists/)
  })
})

describe('partners:agenda', () => {
  it('builds items from open action items, due skills they taught, last session’s learned lines and a prompt', async () => {
    const { call, sam, due } = await seeded()
    await call('partners:update', {
      id: sam.id,
      name: 'Sam',
      direction: 'they-mentor-me',
      nextSessionOn: '2026-12-04',
    })
    const agenda = await call('partners:agenda', { partnerId: sam.id })

    expect(agenda.plannedOn).toBe('2026-12-04')
    const byKind = (kind: string) => agenda.items.filter((i) => i.kind === kind).map((i) => i.text)
    // The item carried over from September is one point, not two.
    expect(byKind('action-item')).toEqual(['Book a room for December', 'try threads with the team'])
    expect(byKind('practice')).toEqual(['Threads'])
    expect(agenda.items.find((i) => i.kind === 'practice')?.sourceId).toBe(due.id)
    expect(byKind('learned')).toEqual(['Shared calendars', 'Shortcuts'])
    const prompts = agenda.items.filter((i) => i.kind === 'prompt')
    expect(prompts).toHaveLength(1)
    const prompt = await call('prompts:library').then((l) =>
      l.prompts.find((p) => p.id === prompts[0]?.sourceId),
    )
    expect(prompt?.moment).toBe('before-session')
    expect(agenda.text).toBe(
      [
        '## Next session with Sam (2026-12-04)',
        '',
        '### Open action items',
        '- Book a room for December',
        '- try threads with the team',
        '',
        '### Skills they taught me, due for practice',
        '- Threads',
        '',
        '### What I learned last time',
        '- Shared calendars',
        '- Shortcuts',
        '',
        '### Before we start',
        `- ${prompt?.text}`,
        '',
      ].join('\n'),
    )
  })

  it('says so in plain words when nothing is open with a partner, and refuses a partner that is gone', async () => {
    const { call, ana } = await seeded()
    const lee = await call('partners:create', { name: 'Lee', direction: 'both-ways' })
    const agenda = await call('partners:agenda', { partnerId: lee.id })
    expect(agenda.items.map((i) => i.kind)).toEqual(['prompt'])
    expect(agenda.plannedOn).toBeNull()
    expect(agenda.text.startsWith('## Next session with Lee\n\n### Before we start\n- ')).toBe(true)
    await call('partners:delete', { id: ana.id })
    await expect(call('partners:agenda', { partnerId: ana.id })).rejects.toThrow(/no longer exists/)
  })
})
