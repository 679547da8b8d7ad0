import { describe, expect, test } from 'vitest'
import { recordMaker } from '../bench/records'
import { seedJournal } from '../e2e/seed'
import { openEngine, tempDir } from './helpers/temp'

/** The e2e seed helper writes what Tandem reads, and refuses what Tandem would not. */
describe('seeding a journal for a spec', () => {
  test('records from the generator come through the real engine, links and all', async () => {
    const make = recordMaker()
    const partners = make.partners()
    const session = make.session({ title: 'Seeded session', date: '2026-10-02' })
    const goal = make.goal({ title: 'Seeded goal', sessionIds: [session.id] })
    const skill = make.skill({ name: 'Seeded skill', goalIds: [goal.id], sessionIds: [session.id] })
    const reflection = make.reflection({
      answer: 'Seeded reflection',
      goalIds: [goal.id],
      skillIds: [skill.id],
    })
    const practice = [make.practice(skill, { date: '2026-10-03', levelAfter: 4 })]
    const dir = await tempDir()
    await seedJournal(dir, {
      partners,
      sessions: [session],
      goals: [goal],
      skills: [skill],
      practice,
      reflections: [reflection],
    })

    const { call } = await openEngine(dir)
    expect(await call('journal:status')).toMatchObject({ problems: [] })
    expect(await call('sessions:list')).toMatchObject([{ title: 'Seeded session' }])
    expect(await call('goals:list')).toMatchObject([{ title: 'Seeded goal', sessionIds: [session.id] }])
    expect(await call('skills:list')).toMatchObject([{ name: 'Seeded skill', level: 4 }])
    expect(await call('reflections:list')).toMatchObject([{ skillIds: [skill.id] }])
    expect(await call('partners:list')).toEqual(expect.arrayContaining(partners))
  })

  test('the same seed makes the same records', () => {
    const once = recordMaker(7)
    const twice = recordMaker(7)
    expect([once.session(), once.goal(), once.skill()]).toEqual([
      twice.session(),
      twice.goal(),
      twice.skill(),
    ])
  })

  test('an invalid record stops the seed, naming the record and the field', async () => {
    const make = recordMaker()
    const dir = await tempDir()
    const bad = make.session({ title: 'Too long', durationMinutes: 5000 })
    await expect(seedJournal(dir, { sessions: [bad] })).rejects.toThrow(
      /sessions\[0\] \("Too long"\) — durationMinutes: /,
    )
  })

  test('a link to a record the seed does not hold is refused', async () => {
    const make = recordMaker()
    const goal = make.goal({ sessionIds: [make.id()] })
    await expect(seedJournal(await tempDir(), { goals: [goal] })).rejects.toThrow(/a goal links to session/)
  })
})
