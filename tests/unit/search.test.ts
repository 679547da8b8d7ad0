import { readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { InputOf } from '../../src/shared/contract'
import type { SearchHit } from '../../src/shared/domain/search'
import { goalDraft, reflectionDraft, sessionDraft, skillDraft } from './helpers/records'
import { openEngine } from './helpers/temp'

type Query = Partial<InputOf<'search:query'>>

async function searchEngine() {
  const engine = await openEngine()
  const search = (text: string, query: Query = {}) => engine.call('search:query', { text, ...query })
  const marked = (hit: SearchHit | undefined) =>
    hit ? hit.snippet.highlights.map(([start, end]) => hit.snippet.text.slice(start, end)) : []
  return { ...engine, search, marked }
}

describe('search: finding things', () => {
  it('finds a word inside the notes, by its prefix and misspelt, and says where it is', async () => {
    const { call, search, marked } = await searchEngine()
    const session = await call(
      'sessions:create',
      sessionDraft({
        title: 'Monday catch-up',
        notes:
          'We talked about the weekly newsletter first. Then Sam showed me how to schedule the newsletter.',
      }),
    )
    await call('sessions:create', sessionDraft({ title: 'Other', notes: 'Nothing about mail here.' }))

    const exact = await search('newsletter')
    expect(exact.hits.map((h) => h.id)).toEqual([session.id])
    const [hit] = exact.hits
    expect(hit).toMatchObject({ kind: 'session', field: 'notes', entryId: null, matchText: 'newsletter' })
    expect(marked(hit)).toEqual(['newsletter', 'newsletter'])
    expect(exact.counts).toEqual({ session: 1, reflection: 0, goal: 0, skill: 0, partner: 0 })

    expect((await search('newsl')).hits.map((h) => h.id)).toEqual([session.id])
    const typo = await search('newsleter')
    expect(typo.hits.map((h) => h.id)).toEqual([session.id])
    expect(typo.hits[0]?.matchText).toBe('newsletter')
    expect((await search('scedule')).hits).toHaveLength(1)
    // Typo tolerance starts at four letters: three are too few to stretch.
    expect((await search('sem')).hits).toEqual([])
    expect((await search('mon')).hits[0]?.field).toBe('title')
  })

  it('folds accents both ways and keeps the word as written for the editor', async () => {
    const { call, search, marked } = await searchEngine()
    await call('sessions:create', sessionDraft({ notes: 'She rewrote my résumé with a template.' }))
    await call('sessions:create', sessionDraft({ notes: 'A plain resume this time.' }))
    const plain = await search('resume')
    expect(plain.hits).toHaveLength(2)
    expect(plain.hits.map((h) => h.matchText).sort()).toEqual(['resume', 'résumé'])
    const accented = await search('RÉSUMÉ')
    expect(accented.hits).toHaveLength(2)
    const written = accented.hits.find((h) => h.matchText === 'résumé')
    expect(marked(written)).toEqual(['résumé'])
  })

  it('combines words with AND, and falls back to any of them when no record has all', async () => {
    const { call, search } = await searchEngine()
    const both = await call('sessions:create', sessionDraft({ notes: 'Pivot tables and charts.' }))
    await call('sessions:create', sessionDraft({ notes: 'Only pivot here.' }))
    expect((await search('pivot charts')).hits.map((h) => h.id)).toEqual([both.id])
    expect((await search('pivot giraffe')).hits).toHaveLength(2)
  })

  it('finds reflections, goal check-ins and milestones, skill practice notes and partners', async () => {
    const { call, search } = await searchEngine()
    const { prompts } = await call('prompts:library', undefined)
    const prompt = prompts[0]
    if (!prompt) throw new Error('The library has no prompt.')
    const reflection = await call(
      'reflections:create',
      reflectionDraft({ promptId: prompt.id, answer: 'Screen sharing felt natural at last.' }),
    )
    const goal = await call(
      'goals:create',
      goalDraft({ milestones: [{ text: 'Book the projector', due: null, done: false }] }),
    )
    const withCheckIn = await call('goals:add-check-in', {
      goalId: goal.id,
      date: '2026-11-21',
      note: 'Rehearsed the slides twice.',
    })
    const skill = await call('skills:create', skillDraft({ name: 'Breakout rooms', evidence: 'Ran two.' }))
    const entry = await call('skills:log-practice', {
      skillId: skill.id,
      date: '2026-11-22',
      note: 'Split the workshop into timed groups.',
      levelAfter: 2,
    })
    const ana = await call('partners:create', { name: 'Anaïs Lemoine', direction: 'both-ways' })

    const answer = await search('sharing natural')
    expect(answer.hits).toMatchObject([{ kind: 'reflection', id: reflection.id, field: 'answer' }])
    const promptWord = prompt.text.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w)) ?? ''
    expect((await search(promptWord, { kinds: ['reflection'] })).hits[0]).toMatchObject({
      id: reflection.id,
      field: 'prompt',
    })

    const checkIn = await search('rehearsed')
    expect(checkIn.hits).toMatchObject([
      { kind: 'goal', id: goal.id, field: 'checkIns', entryId: withCheckIn.checkIns[0]?.id },
    ])
    expect((await search('projector')).hits).toMatchObject([
      { kind: 'goal', field: 'milestones', entryId: withCheckIn.milestones[0]?.id, matchText: 'projector' },
    ])

    const practice = await search('workshop groups')
    expect(practice.hits).toMatchObject([
      { kind: 'skill', id: skill.id, field: 'practice', entryId: entry.id },
    ])

    const partner = await search('anais')
    expect(partner.hits).toMatchObject([{ kind: 'partner', id: ana.id, field: 'title', matchText: 'Anaïs' }])
  })

  it('finds a session by its action items, topics and partner name', async () => {
    const { call, search } = await searchEngine()
    const sam = await call('partners:create', { name: 'Samira', direction: 'they-mentor-me' })
    const session = await call(
      'sessions:create',
      sessionDraft({
        partnerId: sam.id,
        topics: ['Spreadsheets'],
        actionItems: [
          { text: 'Send the agenda', done: false, due: null },
          { text: 'Try conditional formatting', done: false, due: null },
        ],
      }),
    )
    expect((await search('conditional')).hits).toMatchObject([
      { id: session.id, field: 'actionItems', entryId: session.actionItems[1]?.id },
    ])
    expect((await search('spreadsheets')).hits).toMatchObject([{ id: session.id, field: 'topics' }])
    const byName = await search('samira')
    expect(byName.hits.map((h) => h.kind).sort()).toEqual(['partner', 'session'])
    expect(byName.hits.find((h) => h.kind === 'session')?.field).toBe('partner')
  })
})

describe('search: snippets', () => {
  it('cuts ~160 characters around the first match at word boundaries, offsets on the matching words', async () => {
    const { call, search } = await searchEngine()
    const before = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ')
    const after = Array.from({ length: 40 }, (_, i) => `tail${i}`).join(' ')
    await call(
      'sessions:create',
      sessionDraft({ notes: `${before} the **Kanban** board, kanban again. ${after}` }),
    )
    const [hit] = (await search('kanban')).hits
    if (!hit) throw new Error('No hit.')
    const { text, highlights } = hit.snippet
    expect(text.startsWith('… ')).toBe(true)
    expect(text.endsWith(' …')).toBe(true)
    expect(text.length).toBeLessThanOrEqual(170)
    // Whole words only at both ends.
    expect(text.slice(2, -2)).toMatch(/^word\d+ .* tail\d+$/)
    expect(highlights.map(([s, e]) => text.slice(s, e))).toEqual(['Kanban', 'kanban'])
    expect(hit.matchText).toBe('Kanban')
  })
  it('places a match deep in a long note, with its lead-in, even after many one-letter words', async () => {
    const { call, search, marked } = await searchEngine()
    const before = Array.from({ length: 2000 }, (_, i) => 'abcdefghij'[i % 10]).join(' ')
    const after = Array.from({ length: 500 }, (_, i) => `more${i}`).join(' ')
    await call('sessions:create', sessionDraft({ notes: `${before} then Authenticator codes ${after}` }))
    const [hit] = (await search('authenticator')).hits
    if (!hit) throw new Error('No hit.')
    expect(marked(hit)).toEqual(['Authenticator'])
    // The lead-in is about 50 characters of the letters before it, and the window ends within ~160.
    const lead = hit.snippet.text.slice(0, hit.snippet.highlights[0]?.[0])
    expect(lead.length).toBeGreaterThanOrEqual(45)
    expect(lead.length).toBeLessThanOrEqual(60)
    expect(hit.snippet.text.length).toBeLessThanOrEqual(170)
  })
})

describe('search: filters and order', () => {
  it('leaves private sessions and reflections after them out unless asked', async () => {
    const { call, search } = await searchEngine()
    const secret = await call('sessions:create', sessionDraft({ notes: 'Salary talk.', private: true }))
    const after = await call(
      'reflections:create',
      reflectionDraft({ sessionId: secret.id, answer: 'The salary talk went fine.' }),
    )
    const own = await call(
      'reflections:create',
      reflectionDraft({ answer: 'Salary, privately.', private: true }),
    )
    expect((await search('salary')).hits).toEqual([])
    expect((await search('salary')).counts.session).toBe(0)
    const all = await search('salary', { includePrivate: true })
    expect(all.hits.map((h) => h.id).sort()).toEqual([secret.id, after.id, own.id].sort())
  })

  it('filters by kind, partner, dates and topic, and sorts by date', async () => {
    const { call, search } = await searchEngine()
    const sam = await call('partners:create', { name: 'Sam', direction: 'both-ways' })
    const old = await call(
      'sessions:create',
      sessionDraft({
        date: '2026-01-10',
        partnerId: sam.id,
        topics: ['AI tools'],
        notes: 'Prompting basics.',
      }),
    )
    const recent = await call(
      'sessions:create',
      sessionDraft({ date: '2026-11-01', notes: 'Prompting prompting prompting, deeper.' }),
    )
    const linked = await call(
      'reflections:create',
      reflectionDraft({ date: '2026-01-11', sessionId: old.id, answer: 'Prompting is easier now.' }),
    )
    const ids = async (query: Query) => (await search('prompting', query)).hits.map((h) => h.id)

    expect(await ids({ kinds: ['reflection'] })).toEqual([linked.id])
    expect((await ids({ partnerId: sam.id })).sort()).toEqual([old.id, linked.id].sort())
    expect(await ids({ from: '2026-06-01' })).toEqual([recent.id])
    expect((await ids({ to: '2026-01-31' })).sort()).toEqual([old.id, linked.id].sort())
    expect(await ids({ topic: 'ai TOOLS' })).toEqual([old.id])
    expect(await ids({ sort: 'date' })).toEqual([recent.id, linked.id, old.id])
    const limited = await search('prompting', { limit: 1 })
    expect(limited.hits).toHaveLength(1)
    expect(limited.counts).toMatchObject({ session: 2, reflection: 1 })
    // A partner has no date: a date filter leaves them out.
    expect((await search('sam', { kinds: ['partner'] })).hits).toHaveLength(1)
    expect((await search('sam', { kinds: ['partner'], from: '2026-01-01' })).hits).toEqual([])
  })

  it('refuses input it cannot use, in plain words', async () => {
    const { refusal } = await searchEngine()
    const long = await refusal('search:query', { text: 'x'.repeat(201) })
    expect(long).toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('at most 200 characters'),
    })
    const kind = await refusal('search:query', { text: 'a', kinds: ['notes'] })
    expect(kind.code).toBe('invalid-input')
    expect(kind.message).not.toMatch(/enum|zod|expected/i)
    expect((await refusal('search:query', { text: 'a', from: '27/11/2026' })).code).toBe('invalid-input')
  })

  it('answers nothing for an empty text, and adds no file to the journal folder', async () => {
    const { call, search, dir, tandem } = await searchEngine()
    await call('sessions:create', sessionDraft({ notes: 'Something to find.' }))
    // The first save starts the daily backup: let it land before looking at the folder.
    const files = async () => {
      await tandem.journal.settle()
      return (await readdir(dir, { recursive: true })).sort()
    }
    const before = await files()
    const warm = await search('')
    expect(warm.hits).toEqual([])
    expect((await search('something')).hits).toHaveLength(1)
    expect((await search('something')).indexed).toBe(true)
    expect(await files()).toEqual(before)
  })
})
