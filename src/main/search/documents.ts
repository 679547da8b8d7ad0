import type { Goal } from '../../shared/domain/goal'
import type { Partner } from '../../shared/domain/partner'
import type { Reflection } from '../../shared/domain/reflection'
import type { SearchField, SearchKind } from '../../shared/domain/search'
import { type Session, sessionTitle } from '../../shared/domain/session'
import type { SkillWithPractice } from '../../shared/domain/trash'

/** One entry of a list field (an action item, a milestone, a check-in, a practice note). */
export interface Entry {
  id: string
  text: string
}

/**
 * What the index knows of one record: the texts it searches and what the filters and hits need.
 * Built from the record when indexed, kept beside the index (in memory only).
 */
export interface SearchDoc {
  /** `${kind}:${id}`, the index's own id. */
  key: string
  kind: SearchKind
  id: string
  title: string
  date: string | null
  /** The record's own partner (a session's, a skill's; a partner is its own). */
  partnerId: string | null
  /** Sessions the record hangs on (a reflection's, a goal's): their partner and privacy count for it. */
  sessionIds: string[]
  topics: string[]
  private: boolean
  texts: Partial<Record<SearchField, string>>
  entries: Partial<Record<SearchField, Entry[]>>
}

/** Every field the index holds, with how much a match there counts. */
export const FIELD_BOOST: Record<SearchField, number> = {
  title: 3,
  topics: 2,
  partner: 2,
  prompt: 1.5,
  notes: 1,
  learned: 1,
  shared: 1,
  actionItems: 1,
  answer: 1,
  why: 1,
  milestones: 1,
  checkIns: 1,
  evidence: 1,
  practice: 1,
}
export const FIELDS = Object.keys(FIELD_BOOST) as SearchField[]

/** The text MiniSearch indexes for a field: a list field's entries one a line. */
export function fieldText(doc: SearchDoc, field: string): string {
  const f = field as SearchField
  const text = doc.texts[f]
  if (text !== undefined) return text
  return (doc.entries[f] ?? []).map((e) => e.text).join('\n')
}

export const keyOf = (kind: SearchKind, id: string): string => `${kind}:${id}`

export function sessionDoc(s: Session, partnerName: string | undefined): SearchDoc {
  return {
    key: keyOf('session', s.id),
    kind: 'session',
    id: s.id,
    title: sessionTitle(s),
    date: s.date,
    partnerId: s.partnerId,
    sessionIds: [],
    topics: s.topics,
    private: s.private,
    texts: {
      title: s.title,
      notes: s.notes,
      learned: s.learned,
      shared: s.shared,
      topics: s.topics.join('\n'),
      partner: partnerName ?? '',
    },
    entries: { actionItems: s.actionItems.map(({ id, text }) => ({ id, text })) },
  }
}

export function reflectionDoc(r: Reflection): SearchDoc {
  return {
    key: keyOf('reflection', r.id),
    kind: 'reflection',
    id: r.id,
    title: r.prompt?.text ?? 'Free reflection',
    date: r.date,
    partnerId: null,
    sessionIds: r.sessionId === null ? [] : [r.sessionId],
    topics: [],
    private: r.private,
    texts: { prompt: r.prompt?.text ?? '', answer: r.answer },
    entries: {},
  }
}

export function goalDoc(g: Goal): SearchDoc {
  return {
    key: keyOf('goal', g.id),
    kind: 'goal',
    id: g.id,
    title: g.title,
    date: g.startDate,
    partnerId: null,
    sessionIds: g.sessionIds,
    topics: [],
    private: g.private === true,
    texts: { title: g.title, why: g.why },
    entries: {
      milestones: g.milestones.map(({ id, text }) => ({ id, text })),
      checkIns: g.checkIns.map(({ id, note }) => ({ id, text: note })),
    },
  }
}

export function skillDoc({ skill, practice }: SkillWithPractice): SearchDoc {
  return {
    key: keyOf('skill', skill.id),
    kind: 'skill',
    id: skill.id,
    title: skill.name,
    date: skill.firstMet ?? skill.createdAt.slice(0, 10),
    partnerId: skill.partnerId,
    sessionIds: [],
    topics: [],
    private: skill.private === true,
    texts: { title: skill.name, evidence: skill.evidence },
    entries: { practice: practice.map(({ id, note }) => ({ id, text: note })) },
  }
}

/** Practice entries are logged and removed without touching the skill: their ids tell a change. */
export function practiceIds(practice: ReadonlyArray<{ id: string }>): string {
  return practice.map((e) => e.id).join(',')
}

export function partnerDoc(p: Partner): SearchDoc {
  return {
    key: keyOf('partner', p.id),
    kind: 'partner',
    id: p.id,
    title: p.name,
    date: null,
    partnerId: p.id,
    sessionIds: [],
    topics: [],
    private: false,
    texts: { title: p.name },
    entries: {},
  }
}
