import { createTandem } from '../../src/main/app'

/** A small journal with every kind of document, made through the real router (partners, sessions in
 * several months, goals, skills with practice, reflections, prompt settings). */
export async function seedJournal(dataDir: string, resourcesDir: string): Promise<void> {
  const tandem = await createTandem({ dataDir, resourcesDir, ports: { openExternal: async () => undefined } })
  const ask = async <T>(channel: string, input?: unknown): Promise<T> => {
    const answer = await tandem.router.handle(channel, input)
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`)
    return answer.value as T
  }
  try {
    const partner = await ask<{ id: string }>('partners:create', { name: 'Ana', direction: 'they-mentor-me' })
    const sessions: Array<{ id: string }> = []
    for (const [i, date] of ['2026-09-03', '2026-10-08', '2026-10-22', '2026-11-05'].entries()) {
      sessions.push(
        await ask('sessions:create', {
          date,
          partnerId: partner.id,
          title: `Session ${i + 1}: résumé and two-factor sign-in`,
          topics: ['security', 'career'],
          notes: '## Notes\n\nWe set up an **authenticator** app.',
          learned: 'How to scan a QR code',
          shared: 'How to run a budget meeting',
          actionItems: [{ text: 'Try it at home', done: false, due: null }],
          durationMinutes: 45,
          private: i === 2,
        }),
      )
    }
    const goal = await ask<{ id: string }>('goals:create', {
      title: 'Sign in safely everywhere',
      why: 'Peace of mind',
      category: 'Digital fluency',
      direction: 'learning',
      outcome: 'Every account has two factors',
      measure: 'Accounts checked',
      startDate: '2026-09-01',
      targetDate: '2026-12-31',
      milestones: [{ text: 'Email', due: null, done: true }],
      progressMode: 'milestones',
      manualProgress: null,
      manualReason: '',
    })
    const skill = await ask<{ id: string }>('skills:create', {
      name: 'Authenticator apps',
      category: 'Security',
      direction: 'learned',
      purpose: '',
      initialLevel: 1,
      partnerId: partner.id,
      firstMet: '2026-09-03',
      evidence: '',
      sessionIds: sessions.map((s) => s.id).slice(0, 2),
      goalIds: [goal.id],
    })
    await ask('skills:log-practice', {
      skillId: skill.id,
      date: '2026-10-20',
      note: 'Did it alone',
      levelAfter: 2,
    })
    await ask('skills:log-practice', {
      skillId: skill.id,
      date: '2026-11-20',
      note: 'Showed a friend',
      levelAfter: 3,
    })
    for (const date of ['2026-10-09', '2026-11-06']) {
      await ask('reflections:create', {
        date,
        promptId: null,
        answer: 'I am less afraid of my phone.',
        confidence: 4,
        sessionId: sessions[1]?.id ?? null,
        goalIds: [goal.id],
        skillIds: [skill.id],
        private: false,
      })
    }
  } finally {
    await tandem.close()
  }
}
