import type { InputOf } from '../../../src/shared/contract'

/** Small valid drafts of each record, for tests that need a journal with links between them. */
export const sessionDraft = (
  patch: Partial<InputOf<'sessions:create'>> = {},
): InputOf<'sessions:create'> => ({
  date: '2026-11-20',
  partnerId: null,
  title: 'Shortcuts',
  topics: [],
  notes: 'We tried the new shortcuts.',
  learned: '',
  shared: '',
  actionItems: [],
  durationMinutes: null,
  private: false,
  ...patch,
})

export const goalDraft = (patch: Partial<InputOf<'goals:create'>> = {}): InputOf<'goals:create'> => ({
  title: 'Chair a hybrid meeting',
  why: '',
  category: 'Digital fluency',
  direction: 'learning',
  outcome: '',
  measure: '',
  startDate: '2026-11-01',
  targetDate: null,
  milestones: [],
  progressMode: 'milestones',
  manualProgress: null,
  manualReason: '',
  ...patch,
})

export const skillDraft = (patch: Partial<InputOf<'skills:create'>> = {}): InputOf<'skills:create'> => ({
  name: 'Breakout rooms',
  category: 'Collaboration and communication tools',
  direction: 'learned',
  purpose: '',
  initialLevel: 1,
  partnerId: null,
  firstMet: null,
  evidence: '',
  sessionIds: [],
  goalIds: [],
  ...patch,
})

export const reflectionDraft = (
  patch: Partial<InputOf<'reflections:create'>> = {},
): InputOf<'reflections:create'> => ({
  date: '2026-11-20',
  promptId: null,
  answer: 'It went well.',
  confidence: null,
  sessionId: null,
  goalIds: [],
  skillIds: [],
  private: false,
  ...patch,
})
