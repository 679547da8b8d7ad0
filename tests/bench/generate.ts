import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { partnersFormat } from '../../src/main/partners/format'
import { sessionsFormat } from '../../src/main/sessions/format'
import { serializeDocument } from '../../src/main/store/document'
import { addDays } from '../../src/shared/domain/common'
import type { Partner, PartnerDirection } from '../../src/shared/domain/partner'
import type { ActionItem, Session } from '../../src/shared/domain/session'

/**
 * A deterministic synthetic journal: the same seed gives the same bytes on every machine.
 * One session per day going back from a fixed date, so every month shard holds about 30 sessions
 * whatever the size of the journal, and the first N sessions are the same at every size.
 *
 * The files are written directly in the store's format (not through createTandem, whose every create
 * fsyncs: 10,000 of them take minutes). Each document is validated with the real schema first and
 * serialized exactly as the store serializes it, so opening the journal reads what Tandem would write.
 * Its pieces are exported for records.ts, which builds single records (goals, skills, ...) for tests.
 */

/** The day the journal ends; sessions go back one per day from here. */
export const LAST_DAY = '2026-11-27'

/** mulberry32: a tiny seeded PRNG; Math.random is not reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Rand = () => number

export const int = (rand: Rand, min: number, max: number): number =>
  min + Math.floor(rand() * (max - min + 1))
export function pick<T>(rand: Rand, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

/** A version-4 UUID from the PRNG, so ids are valid for the schema and reproducible. */
export function uuid(rand: Rand): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16))
  hex[12] = '4'
  hex[16] = pick(rand, ['8', '9', 'a', 'b'])
  const s = hex.join('')
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
}

/** The local date `daysBack` days before LAST_DAY, as YYYY-MM-DD. */
export const dayBefore = (daysBack: number): string => addDays(LAST_DAY, -daysBack)

const TOPICS = [
  'career',
  'code review',
  'TypeScript',
  'public speaking',
  'hiring',
  'feedback',
  'product sense',
  'Gen Z slang',
  'TikTok',
  'accessibility',
  'time management',
  'negotiation',
  'AI tools',
  'writing',
  'leadership',
  'remote work',
] as const

export const SUBJECTS = [
  'the quarterly planning deck',
  'our on-call rotation',
  'the new design system',
  'a tricky stakeholder meeting',
  'how the team uses Slack threads',
  'the migration to the new build',
  'giving feedback to a peer',
  'short-form video for the launch',
  'the accessibility audit',
  'prompting the code assistant',
  'the hiring loop for juniors',
  'writing a one-page proposal',
] as const

const SENTENCES = [
  'We started with what happened since last time and whether the plan from two weeks ago held up.',
  'She pointed out that most of the friction comes from unclear ownership rather than from the tools.',
  'I showed how I batch small reviews in the morning so that deep work gets the afternoon.',
  'He explained the unwritten rules of the group chat, which made a lot of last week make sense.',
  'We compared two ways of writing the announcement and picked the shorter one.',
  'The surprising part was how much context a thirty-second clip can carry when it is edited well.',
  'I still find it hard to say no to meetings without sounding dismissive; we practised a few phrasings.',
  'We walked through the pull request together and talked about naming more than about logic.',
  'Half the session went to a tangent about note-taking apps, which turned out useful after all.',
  'Next time we want to look at the numbers from the survey before drawing conclusions.',
  'It helped to write the decision down in one sentence before arguing about the details.',
  'We agreed that the experiment is small enough to try without asking anyone for permission.',
] as const

const LEARNED = [
  'Reply in the thread, not the channel: it keeps the noise down for everyone else.',
  'A screen recording with captions beats a long written update for most people on the team.',
  'Emoji reactions are read as real answers; a thumbs-up means "done", not "seen".',
  'Ask the assistant for tests first, then for the code; the tests keep it honest.',
  'Short videos need the point in the first two seconds or nobody stays.',
  'Keyboard shortcuts in the design tool save more time than any plugin.',
  'Dark mode screenshots in slides look broken on the projector; export light ones.',
  'Group chats have their own etiquette: a full stop at the end can read as cold.',
] as const

const SHARED = [
  'How to frame a proposal as a decision with options instead of a wall of text.',
  'Why the on-call handbook exists and which parts of it actually matter at 3 a.m.',
  'The history behind the old billing system, and why nobody wants to touch it.',
  'How I prepare for a hard conversation: facts first, then the ask, then silence.',
  'A checklist for code review that keeps comments about the code and not the person.',
  'How budgets are really decided, and who to talk to before the planning meeting.',
  'Negotiating a deadline: offer two scopes, never just "more time".',
  'How to write a status update that a director reads in ten seconds.',
] as const

const ACTIONS = [
  'Send the one-page proposal draft',
  'Try the caption tool on the demo video',
  'Book a follow-up with the design lead',
  'Read the article on feedback models',
  'Set up keyboard shortcuts for the review queue',
  'Post the update in the thread instead of the channel',
  'Share the checklist with the rest of the team',
  'Prepare three questions for the skip-level meeting',
] as const

const LINKS = [
  '[the team handbook](https://example.com/handbook)',
  '[this talk on feedback](https://example.org/talks/feedback)',
  '[the design tokens doc](https://example.com/design/tokens)',
  '[an article on async work](https://example.net/async-work)',
] as const

export function paragraph(rand: Rand): string {
  const count = int(rand, 2, 4)
  const parts: string[] = Array.from({ length: count }, () => pick(rand, SENTENCES))
  if (rand() < 0.5) parts.push(`See ${pick(rand, LINKS)} for more.`)
  return parts.join(' ')
}

/** 1–3 KB of markdown with headings, lists, links and emphasis. */
function notes(rand: Rand): string {
  const target = int(rand, 1024, 3072)
  const blocks = [`## ${pick(rand, SUBJECTS)}`, paragraph(rand)]
  while (blocks.join('\n\n').length < target) {
    const kind = rand()
    if (kind < 0.2) blocks.push(`### ${pick(rand, SUBJECTS)}`)
    else if (kind < 0.55) {
      blocks.push(Array.from({ length: int(rand, 2, 5) }, () => `- ${pick(rand, SENTENCES)}`).join('\n'))
    } else if (kind < 0.65) blocks.push(`> ${pick(rand, SENTENCES)}`)
    else blocks.push(paragraph(rand))
  }
  return blocks.join('\n\n').slice(0, 3072)
}

/** 1–4 different lines of the ledger, as a markdown list. */
function ledger(rand: Rand, lines: readonly string[]): string {
  const chosen = new Set(Array.from({ length: int(rand, 1, 4) }, () => pick(rand, lines)))
  return Array.from(chosen, (line) => `- ${line}`).join('\n')
}

export function timestamp(date: string, rand: Rand, hourFrom = 8): string {
  const hour = String(int(rand, hourFrom, 20)).padStart(2, '0')
  const minute = String(int(rand, 0, 59)).padStart(2, '0')
  return `${date}T${hour}:${minute}:${String(int(rand, 0, 59)).padStart(2, '0')}.${String(int(rand, 0, 999)).padStart(3, '0')}Z`
}

const PARTNERS: Array<[string, PartnerDirection]> = [
  ['Maya Okafor', 'i-mentor-them'],
  ['Leo Brandt', 'they-mentor-me'],
  ['Sofia Reyes', 'both-ways'],
  ['Jonah Kim', 'i-mentor-them'],
  ['Priya Nair', 'they-mentor-me'],
]

export function makePartners(rand: Rand): Partner[] {
  const at = `${dayBefore(20_000)}T09:00:00.000Z`
  return PARTNERS.map(([name, direction]) => ({
    id: uuid(rand),
    name,
    direction,
    archived: false,
    nextSessionOn: null,
    createdAt: at,
    updatedAt: at,
  }))
}

export function makeSession(rand: Rand, date: string, partners: Partner[]): Session {
  const createdAt = timestamp(date, rand)
  const actionItems: ActionItem[] = Array.from({ length: int(rand, 0, 4) }, () => {
    const done = rand() < 0.6
    return {
      id: uuid(rand),
      text: pick(rand, ACTIONS),
      done,
      due: rand() < 0.5 ? addDays(date, int(rand, 1, 21)) : null,
      doneAt: done ? createdAt : null,
    }
  })
  const topics = [...new Set(Array.from({ length: int(rand, 1, 4) }, () => pick(rand, TOPICS)))]
  return {
    id: uuid(rand),
    date,
    partnerId: rand() < 0.9 ? pick(rand, partners).id : null,
    title: `${pick(rand, ['Talked about', 'Working on', 'Notes on', 'Catch-up:'])} ${pick(rand, SUBJECTS)}`,
    topics,
    notes: notes(rand),
    learned: ledger(rand, LEARNED),
    shared: ledger(rand, SHARED),
    actionItems,
    durationMinutes: rand() < 0.8 ? pick(rand, [30, 45, 60, 90]) : null,
    private: rand() < 0.1,
    starred: { learned: [], shared: [] },
    createdAt,
    updatedAt: createdAt,
  }
}

export interface GeneratedJournal {
  sessions: number
  partners: Partner[]
  /** The session the save benchmark edits: in a full month, the same one at every size. */
  editTarget: Session
}

/** Writes a journal of `count` sessions into `dir` (an empty folder). */
export async function generateJournal(dir: string, count: number, seed = 2026): Promise<GeneratedJournal> {
  const rand = prng(seed)
  const partners = makePartners(rand)
  const byMonth = new Map<string, Session[]>()
  for (let daysBack = 0; daysBack < count; daysBack++) {
    const session = makeSession(rand, dayBefore(daysBack), partners)
    const month = sessionsFormat.keyOf(session)
    byMonth.set(month, [...(byMonth.get(month) ?? []), session])
  }

  await mkdir(join(dir, 'sessions'), { recursive: true })
  const partnersDoc = partnersFormat.schema.parse({ schemaVersion: partnersFormat.current, partners })
  await writeFile(join(dir, 'partners.json'), serializeDocument(partnersDoc))
  for (const [month, items] of byMonth) {
    // Oldest first within a shard, as the store appends new sessions.
    const doc = sessionsFormat.schema.parse({
      schemaVersion: sessionsFormat.current,
      shard: month,
      items: items.reverse(),
    })
    await writeFile(join(dir, 'sessions', `${month}.json`), serializeDocument(doc))
  }

  // Mid-October 2026: a full month shard, present from 100 sessions up.
  const editTarget = byMonth.get('2026-10')?.find((s) => s.date === '2026-10-15')
  if (!editTarget) throw new Error('The journal is too small to hold the edited session (needs >= 44 days).')
  return { sessions: count, partners, editTarget }
}
