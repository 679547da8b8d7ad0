import { z } from 'zod'
import { Id } from './common'

/** The last twelve months (this month and the eleven before it), or everything in the journal. */
export const JourneyPeriod = z.enum(['12-months', 'all'], {
  message: 'Pick the last twelve months or the whole journal.',
})
export type JourneyPeriod = z.infer<typeof JourneyPeriod>

export const JourneyInput = z.object({
  period: JourneyPeriod,
  /** Only this partner's sessions, skills and goals; null: everyone. */
  partnerId: Id.nullable().default(null),
})
export type JourneyInput = z.input<typeof JourneyInput>

export interface JourneyMonth {
  /** YYYY-MM */
  month: string
  sessions: number
  /** Minutes of the sessions that have a duration; sessions without one count as a session only. */
  minutes: number
}

/** The rhythm a pair meets at, from the median gap between their sessions. */
export type Rhythm = 'week' | 'two-weeks' | 'month'

export interface JourneyCadence {
  partnerId: string
  partnerName: string
  sessions: number
  /** Null while there are too few sessions or the gaps are longer than a month and a half. */
  rhythm: Rhythm | null
  medianGapDays: number | null
  /** The first session of the run that kept the rhythm (one missed meeting allowed). */
  heldSince: string | null
  lastSessionOn: string
  /** Still meeting at that rhythm: the last session is no more than one missed meeting ago. */
  current: boolean
  /** "You have met Sam about every two weeks for five months." */
  sentence: string
}

export interface JourneyDay {
  /** YYYY-MM-DD */
  date: string
  sessions: number
  reflections: number
  practice: number
}

export interface JourneySkillRise {
  skillId: string
  name: string
  fromLevel: number
  toLevel: number
  /** Each step up in the period, oldest first. */
  steps: Array<{ date: string; level: number }>
}

export interface JourneyGoal {
  goalId: string
  title: string
  /** YYYY-MM-DD, local day it was marked achieved. */
  achievedOn: string
}

export type WhileAgoKey = 'month' | 'six-months' | 'year'

export interface WhileAgoLine {
  text: string
  /** The skill this line is (same name) or the one skill practised from that session; null: none. */
  skillId: string | null
  skillName: string | null
}

export interface WhileAgo {
  key: WhileAgoKey
  /** The day the pick aimed at (today minus a month, six months, a year). */
  target: string
  sessionId: string
  sessionDate: string
  sessionTitle: string
  partnerId: string | null
  partnerName: string | null
  lines: WhileAgoLine[]
}

export interface JourneyOverview {
  period: JourneyPeriod
  partnerId: string | null
  today: string
  /** Every month of the period, oldest first, empty months included. */
  months: JourneyMonth[]
  totalSessions: number
  totalMinutes: number
  cadences: JourneyCadence[]
  /** The last twelve months: `from` to `today`; only days with something on them are listed. */
  heatmap: { from: string; to: string; days: JourneyDay[] }
  skills: JourneySkillRise[]
  goals: JourneyGoal[]
  whileAgo: WhileAgo[]
}
