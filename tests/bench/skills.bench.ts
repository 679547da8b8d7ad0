/**
 * Skills benchmark: saving a skill and logging practice must not get slower as practice logs grow.
 * Builds journals through the real services in temp folders, reopens them, and times 200 single
 * saves on each, interleaved (p50/p95).
 *   skills_save_*         500 skills x 20 practice entries
 *   skills_small_save_*   50 skills x 20 practice entries
 *   skills_nolog_save_*   500 skills, no practice: against skills_save it isolates the log's share
 *   practice_save_*       one practice entry into a month already holding ~500 entries (one shard rewritten)
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createEvents, type FeatureContext } from '../../src/main/context'
import { openGoals } from '../../src/main/goals/service'
import { openPartners } from '../../src/main/partners/service'
import { openSessions } from '../../src/main/sessions/service'
import { openSkills, type SkillsService } from '../../src/main/skills/service'
import { Journal } from '../../src/main/store/journal'
import type { SkillDraft } from '../../src/shared/domain/skill'
import { percentile, round, timed } from './stats'

const SAVES = 200
const clock = { now: () => new Date(2026, 10, 27, 12, 0, 0) }

function draft(i: number): SkillDraft {
  return {
    name: `Skill ${i}`,
    category: 'AI tools',
    direction: i % 2 === 0 ? 'learned' : 'taught',
    purpose: `What skill ${i} is for, in a sentence or two of **markdown**.`,
    initialLevel: 1,
    partnerId: null,
    firstMet: '2025-01-15',
    evidence: 'https://example.com/evidence',
    sessionIds: [],
    goalIds: [],
  }
}

/** Practice dates spread over 20 months, as a real log would be. */
function practiceDate(n: number): string {
  const month = n % 20
  const y = 2025 + Math.floor(month / 12)
  const m = String((month % 12) + 1).padStart(2, '0')
  return `${y}-${m}-${String((n % 27) + 1).padStart(2, '0')}`
}

async function openJournal(dir: string): Promise<{ journal: Journal; skills: SkillsService }> {
  const journal = await Journal.open(dir)
  const ctx: FeatureContext = {
    journal,
    clock,
    events: createEvents(),
    ports: { openExternal: async () => {} },
    resourcesDir: 'resources',
    appVersion: 'test',
  }
  const partners = await openPartners(ctx)
  const sessions = await openSessions(ctx, { partners })
  const goals = await openGoals(ctx, { sessions })
  return { journal, skills: await openSkills(ctx, { partners, sessions, goals }) }
}

async function build(dir: string, skillCount: number, entriesPerSkill: number): Promise<string[]> {
  const { journal, skills } = await openJournal(dir)
  const ids: string[] = []
  for (let i = 0; i < skillCount; i++) ids.push((await skills.create(draft(i))).id)
  // Logged in parallel batches: the store coalesces writes to a shard, which keeps the set-up short.
  for (let round = 0; round < entriesPerSkill; round++) {
    await Promise.all(
      ids.map((skillId, i) =>
        skills.logPractice({
          skillId,
          date: practiceDate(round * skillCount + i),
          note: `Practice ${round} of skill ${i}: tried it on a real task.`,
          levelAfter: 1 + (round % 5),
        }),
      ),
    )
  }
  await journal.settle()
  return ids
}

function summarise(samples: number[]): { p50: number; p95: number } {
  return { p50: round(percentile(samples, 50), 3), p95: round(percentile(samples, 95), 3) }
}

interface Bench {
  dir: string
  journal: Journal
  skills: SkillsService
  target: string
  save: number[]
  practice: number[]
}

/** Builds a journal, then reopens it from disk as the app would. */
async function prepare(skillCount: number, entriesPerSkill: number): Promise<Bench> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-bench-skills-'))
  const ids = await build(dir, skillCount, entriesPerSkill)
  const { journal, skills } = await openJournal(dir)
  return { dir, journal, skills, target: ids[Math.floor(ids.length / 2)] ?? '', save: [], practice: [] }
}

async function sample(samples: number[], run: () => Promise<unknown>): Promise<void> {
  samples.push((await timed(run)).ms)
}

export async function benchSkills(): Promise<Record<string, number>> {
  const large = await prepare(500, 20)
  const small = await prepare(50, 20)
  const noLog = await prepare(500, 0)
  const benches = [large, small, noLog]
  try {
    // Interleaved, so a busy moment on the machine hits every journal alike and the ratios stay fair.
    for (let i = 0; i < SAVES; i++) {
      for (const b of benches) {
        await sample(b.save, () => b.skills.update({ ...draft(-1), name: `Renamed ${i}`, id: b.target }))
        await sample(b.practice, () =>
          b.skills.logPractice({ skillId: b.target, date: '2026-05-20', note: `Bench ${i}`, levelAfter: 3 }),
        )
      }
    }
  } finally {
    for (const b of benches) {
      await b.journal.settle()
      await rm(b.dir, { recursive: true, force: true })
    }
  }
  const [ls, ss, ns] = [summarise(large.save), summarise(small.save), summarise(noLog.save)]
  const lp = summarise(large.practice)
  const sp = summarise(small.practice)
  const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.001)) * 100) / 100
  return {
    skills_save_p50_ms: ls.p50,
    skills_save_p95_ms: ls.p95,
    skills_small_save_p50_ms: ss.p50,
    skills_small_save_p95_ms: ss.p95,
    skills_nolog_save_p50_ms: ns.p50,
    skills_nolog_save_p95_ms: ns.p95,
    /** About 1 means the practice logs add nothing to saving a skill (500 skills with vs without logs). */
    skills_save_log_ratio: ratio(ls.p50, ns.p50),
    /** 500 vs 50 skills: skills.json grows with the number of skills, not with their logs. */
    skills_save_size_ratio: ratio(ls.p50, ss.p50),
    practice_save_p50_ms: lp.p50,
    practice_save_p95_ms: lp.p95,
    practice_small_save_p50_ms: sp.p50,
    practice_small_save_p95_ms: sp.p95,
  }
}

// Run on its own: npx tsx tests/bench/skills.bench.ts
if (process.argv[1]?.endsWith('skills.bench.ts')) {
  benchSkills().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error)
      process.exitCode = 1
    },
  )
}
