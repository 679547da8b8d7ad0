import { recordMaker } from '../bench/records'
import { inDays } from './dates'
import type { JournalSeed } from './seed'

/** A word with no place to break: it must wrap (overflow-wrap) or be cut with its full text kept. */
export const UNBROKEN = 'Zusammenarbeitswerkzeugeinrichtungsassistentenkonfiguration'

/** Titles a screen must hold: long, a long partner name, goal titles over 40 characters, many topics. */
export const LONG = {
  partner: 'Maximiliane Alexandra von Hohenberg-Wittelsbach',
  session: 'Two-factor sign-in on every account, the password manager, and what to do when the phone is lost',
  goal: 'Give feedback on a shared document without writing a wall of text every single time',
  skill: 'Scheduling a LinkedIn post for Monday morning from the phone while travelling',
} as const

/** Three months of a realistic journal, every record through the real schemas (tests/e2e/seed.ts). */
export function realisticJournal(): JournalSeed {
  const make = recordMaker(11)
  const partners = [...make.partners(), make.partner({ name: LONG.partner, direction: 'both-ways' })]
  const sessions = Array.from({ length: 36 }, (_, i) => make.session({ date: inDays(-Math.round(i * 2.5)) }))
  const [first, second, third] = sessions
  if (!first || !second || !third) throw new Error('No sessions were made.')
  Object.assign(first, {
    title: LONG.session,
    partnerId: partners[5]?.id ?? null,
    topics: ['Security', 'Passwords', 'Phones', 'Two-factor', 'Recovery codes', 'Travel', 'Email', UNBROKEN],
    learned: `- ${UNBROKEN}\n- Recovery codes go in the password manager`,
    actionItems: [
      {
        id: make.id(),
        text: `Print the recovery codes for ${UNBROKEN}`,
        done: false,
        due: inDays(3),
        doneAt: null,
      },
      {
        id: make.id(),
        text: 'Turn on two-factor sign-in for the bank',
        done: false,
        due: null,
        doneAt: null,
      },
    ],
  })
  Object.assign(second, { title: UNBROKEN, partnerId: partners[5]?.id ?? null })
  const goal = (title: string, linked: typeof sessions) =>
    make.goal({
      title,
      startDate: inDays(-80),
      targetDate: inDays(30),
      milestones: [
        make.milestone({ text: `Write the first draft of ${UNBROKEN}`, done: true }),
        make.milestone({ text: 'Ask for feedback from the whole team before the end of the quarter' }),
      ],
      checkIns: [make.checkIn({ date: inDays(-10), progress: 40 })],
      sessionIds: linked.map((s) => s.id),
    })
  const goals = [
    goal(LONG.goal, [first, second]),
    goal('Run our retrospectives on a shared whiteboard with the whole remote team', [first]),
    goal('Post on LinkedIn every week about what the team shipped and learned', [third]),
    goal('Learn the new design tool well enough to review mock-ups on my own', []),
  ]
  const skill = (name: string, i: number) =>
    make.skill({
      name,
      partnerId: partners[i % partners.length]?.id ?? null,
      firstMet: inDays(-60 + i),
      sessionIds: [first.id],
      goalIds: [goals[0]?.id ?? '', goals[1]?.id ?? ''].filter(Boolean),
      createdAt: `${inDays(-60 + i)}T10:00:00.000Z`,
    })
  const skills = [
    skill(LONG.skill, 0),
    skill(UNBROKEN, 1),
    skill('Pivot tables', 2),
    skill('Captions on a screen recording', 3),
    skill('Prompting the code assistant for a first draft of a test', 4),
  ]
  const practice = skills.flatMap((s, i) => [
    make.practice(s, { date: inDays(-20 + i), note: `Used it on ${UNBROKEN}` }),
    make.practice(s, { date: inDays(-5 + i) }),
  ])
  const reflections = [
    make.reflection({
      date: inDays(-1),
      answer: `I explain things faster when I show them first. ${UNBROKEN}`,
      sessionId: first.id,
      goalIds: goals.slice(0, 2).map((g) => g.id),
      skillIds: skills.slice(0, 2).map((s) => s.id),
    }),
    make.reflection({ date: inDays(-8) }),
    make.reflection({ date: inDays(-30) }),
  ]
  return { partners, sessions, goals, skills, practice, reflections }
}
