import { addDays } from '../../src/shared/domain/common'
import type { CheckIn, Goal, Milestone } from '../../src/shared/domain/goal'
import type { Partner } from '../../src/shared/domain/partner'
import type { Reflection } from '../../src/shared/domain/reflection'
import type { Session } from '../../src/shared/domain/session'
import type { PracticeEntry, Skill } from '../../src/shared/domain/skill'
import { newReviewState } from '../../src/shared/review-schedule'
import {
  int,
  LAST_DAY,
  makePartners,
  makeSession,
  paragraph,
  pick,
  prng,
  type Rand,
  SUBJECTS,
  timestamp,
  uuid,
} from './generate'

/**
 * The generator's records one at a time, for tests that need a few specific ones (a title a spec
 * searches for, a skill due today). Each builder fills every field the way the generator does, from
 * its own seeded PRNG, then applies the overrides: the same seed and calls give the same records.
 * Nothing here is validated; the seed helper (tests/e2e/seed.ts) parses each record with its schema.
 */
export interface RecordMaker {
  /** A fresh id from the PRNG (for links made before the record exists). */
  id(): string
  partner(overrides?: Partial<Partner>): Partner
  /** Five partners with the generator's names. */
  partners(): Partner[]
  /** A session on `overrides.date` (default: the generator's last day) with a partner made so far. */
  session(overrides?: Partial<Session>): Session
  goal(overrides?: Partial<Goal>): Goal
  milestone(overrides?: Partial<Milestone>): Milestone
  checkIn(overrides?: Partial<CheckIn>): CheckIn
  /** A skill added on `overrides.createdAt`'s day or LAST_DAY, due for review that day. */
  skill(overrides?: Partial<Skill>): Skill
  practice(skill: Pick<Skill, 'id'>, overrides?: Partial<PracticeEntry>): PracticeEntry
  reflection(overrides?: Partial<Reflection>): Reflection
}

const GOALS = [
  'Run a retro on a shared board',
  'Post on LinkedIn every week',
  'Present at the board meeting',
  'Learn the new design tool',
  'Give feedback without a wall of text',
] as const

const SKILLS = [
  'Dot voting on a board',
  'Captions on a screen recording',
  'Prompting the code assistant',
  'Pivot tables',
  'Two-factor sign-in',
] as const

const ANSWERS = [
  'I noticed that I explain things faster when I show them first.',
  'Asking for the one thing that matters most saved the whole hour.',
  'I was surprised how much the short video carried.',
] as const

export function recordMaker(seed = 2026): RecordMaker {
  const rand: Rand = prng(seed)
  const known: Partner[] = []
  const at = (date: string) => timestamp(date, rand)

  const partner = (overrides: Partial<Partner> = {}): Partner => {
    // The generator's five names in turn.
    const made = makePartners(rand)[known.length % 5]
    if (!made) throw new Error('The generator made no partner.')
    const result = { ...made, ...overrides }
    known.push(result)
    return result
  }

  return {
    id: () => uuid(rand),
    partner,
    partners() {
      const made = makePartners(rand)
      known.push(...made)
      return made
    },
    session(overrides = {}) {
      const date = overrides.date ?? LAST_DAY
      // makeSession picks from the partners it is given; with none yet the session has no partner.
      const made = makeSession(rand, date, known.length > 0 ? known : [partnerless])
      return { ...made, partnerId: known.length > 0 ? made.partnerId : null, ...overrides }
    },
    goal(overrides = {}) {
      const startDate = overrides.startDate ?? addDays(LAST_DAY, -int(rand, 10, 60))
      const createdAt = at(startDate)
      return {
        id: uuid(rand),
        title: pick(rand, GOALS),
        why: paragraph(rand),
        category: 'Digital fluency',
        direction: rand() < 0.7 ? 'learning' : 'helping',
        outcome: '',
        measure: '',
        startDate,
        targetDate: null,
        status: 'active',
        closedAt: null,
        closingReflection: '',
        statusHistory: [{ status: 'active', at: createdAt, reflection: '' }],
        milestones: [],
        progressMode: 'milestones',
        manualProgress: null,
        manualReason: '',
        checkIns: [],
        sessionIds: [],
        private: false,
        createdAt,
        updatedAt: createdAt,
        ...overrides,
      }
    },
    milestone(overrides = {}) {
      const done = overrides.done ?? false
      return {
        id: uuid(rand),
        text: `Step about ${pick(rand, SUBJECTS)}`,
        due: null,
        done,
        doneAt: done ? at(LAST_DAY) : null,
        fromActionItem: null,
        ...overrides,
      }
    },
    checkIn(overrides = {}) {
      const date = overrides.date ?? LAST_DAY
      return { id: uuid(rand), date, note: paragraph(rand), progress: 0, createdAt: at(date), ...overrides }
    },
    skill(overrides = {}) {
      const createdAt = overrides.createdAt ?? at(LAST_DAY)
      return {
        id: uuid(rand),
        name: pick(rand, SKILLS),
        category: 'Collaboration and communication tools',
        direction: rand() < 0.6 ? 'learned' : 'taught',
        purpose: paragraph(rand),
        initialLevel: int(rand, 1, 3),
        partnerId: null,
        firstMet: null,
        evidence: '',
        sessionIds: [],
        goalIds: [],
        review: newReviewState(createdAt.slice(0, 10)),
        private: false,
        createdAt,
        updatedAt: createdAt,
        ...overrides,
      }
    },
    practice(skill, overrides = {}) {
      const date = overrides.date ?? LAST_DAY
      return {
        id: uuid(rand),
        skillId: skill.id,
        date,
        note: `Used it on ${pick(rand, SUBJECTS)}`,
        levelAfter: int(rand, 1, 5),
        createdAt: at(date),
        ...overrides,
      }
    },
    reflection(overrides = {}) {
      const date = overrides.date ?? LAST_DAY
      const createdAt = at(date)
      return {
        id: uuid(rand),
        date,
        prompt: null,
        answer: pick(rand, ANSWERS),
        confidence: int(rand, 1, 5),
        sessionId: null,
        goalIds: [],
        skillIds: [],
        private: false,
        createdAt,
        updatedAt: createdAt,
        ...overrides,
      }
    },
  }
}

/** Stands in for "some partner" while none is known; its id never reaches a record. */
const partnerless: Partner = {
  id: '00000000-0000-4000-8000-000000000000',
  name: 'Nobody',
  direction: 'both-ways',
  archived: false,
  nextSessionOn: null,
  createdAt: `${LAST_DAY}T00:00:00.000Z`,
  updatedAt: `${LAST_DAY}T00:00:00.000Z`,
}
