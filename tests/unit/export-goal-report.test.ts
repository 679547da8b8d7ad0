import { readFile } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import type { MarkdownExportResult } from '../../src/shared/contract/export'
import { addSession, engine, reportOptions } from './export-helpers'
import { callsTo } from './helpers/call'
import { goalDraft, reflectionDraft, skillDraft } from './helpers/records'

async function journal() {
  const { tandem } = await engine('2026-11-25T09:00:00Z')
  const { call, callResult } = callsTo(tandem.router)
  const sam = await call('partners:create', { name: 'Sam Okafor', direction: 'both-ways' })
  const goal = await call(
    'goals:create',
    goalDraft({
      title: 'Run my own Teams meetings',
      why: 'I want to stop **waiting** for others to set them up.\n\n# A heading in the why',
      outcome: 'I chair the monthly review',
      milestones: [
        { text: 'Schedule a meeting', due: null, done: true },
        { text: 'Share my screen', due: '2026-12-10', done: false },
      ],
    }),
  )
  await call('goals:add-check-in', { goalId: goal.id, date: '2026-11-10', note: 'First one went fine.' })
  const open = await addSession(tandem, { date: '2026-11-05', title: 'Teams basics', partnerId: sam.id })
  const secret = await addSession(tandem, { date: '2026-11-12', title: 'Pay talk', private: true })
  await call('goals:link-session', { goalId: goal.id, sessionId: open.id })
  await call('goals:link-session', { goalId: goal.id, sessionId: secret.id })
  await call('skills:create', skillDraft({ name: 'Breakout rooms', initialLevel: 2, goalIds: [goal.id] }))
  await call('reflections:create', reflectionDraft({ answer: 'I felt ready.', goalIds: [goal.id] }))
  await call(
    'reflections:create',
    reflectionDraft({ answer: 'About the pay talk.', goalIds: [goal.id], sessionId: secret.id }),
  )
  const other = await call('goals:create', goalDraft({ title: 'A private goal', private: true }))
  return { tandem, call, callResult, goal, other }
}

const goalOptions = (goalId: string | null) => ({
  ...reportOptions,
  focus: 'goal' as const,
  goalId,
  layout: 'single-file' as const,
})

describe('a goal report', () => {
  test('tells one goal’s story from its start: why, milestones with dates, check-ins, sessions, skills, reflections', async () => {
    const { call, goal } = await journal()
    const result = (await call('export:markdown', goalOptions(goal.id))) as MarkdownExportResult
    const text = await readFile(result.path, 'utf8')
    expect(text).toContain('# Goal: Run my own Teams meetings')
    // From the day it started to today, whatever period the screen had.
    expect(text).toContain('*1 November 2026 – 25 November 2026*')
    expect(text).toContain('With Sam Okafor.')
    expect(text).toContain('## The goal’s story')
    expect(text).toContain('### Why it matters')
    expect(text).toContain('I want to stop **waiting** for others to set them up.')
    expect(text).toContain('#### A heading in the why')
    expect(text).toContain('**What success looks like:** I chair the monthly review')
    expect(text).toMatch(/- \[x\] Schedule a meeting \(done 25 November 2026\)/)
    expect(text).toContain('- [ ] Share my screen (due 10 December 2026)')
    expect(text).toContain('**10 November 2026 · ')
    expect(text).toContain('First one went fine.')
    expect(text).toContain('- 5 November 2026 · Teams basics · with Sam Okafor')
    expect(text).toContain('- Breakout rooms: 2 · ')
    expect(text).toContain('I felt ready.')
    // The private session it links to, and the reflection written after it, stay out.
    expect(text).not.toContain('Pay talk')
    expect(text).not.toContain('About the pay talk.')

    const preview = await call('export:preview', goalOptions(goal.id))
    expect(preview).toMatchObject({
      periodLabel: '1 November 2026 – 25 November 2026',
      sessions: 1,
      empty: false,
    })
  })

  test('without a goal, or for one kept out of exports, it says why in words and writes nothing', async () => {
    const { callResult, call, tandem, other } = await journal()
    const none = await callResult('export:preview', goalOptions(null))
    expect(none).toMatchObject({ ok: false, error: { code: 'not-found', field: 'goalId' } })
    const refused = await callResult('export:markdown', goalOptions(other.id))
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'not-allowed',
        field: 'goalId',
        message: expect.stringContaining('Keep out of exports'),
      },
    })
    // With private items included, it is made.
    const made = await call('export:markdown', { ...goalOptions(other.id), includePrivate: true })
    expect(await readFile((made as MarkdownExportResult).path, 'utf8')).toContain('# Goal: A private goal')
    await tandem.close()
  })
})
