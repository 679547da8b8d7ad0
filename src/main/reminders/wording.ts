import type { SystemNotification } from '../context'

/**
 * The words of each reminder. A notification can show on a locked screen, so it names a partner and a
 * day, or counts skills, and never quotes what the journal holds (no session notes, no skill names).
 */

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

/** A planned session: the partner's name and whether it is today or tomorrow. */
export interface PlannedSession {
  partner: string
  when: 'today' | 'tomorrow'
}

export function sessionReminder(planned: readonly PlannedSession[]): SystemNotification {
  const today = planned.filter((p) => p.when === 'today').map((p) => p.partner)
  const tomorrow = planned.filter((p) => p.when === 'tomorrow').map((p) => p.partner)
  const parts = [
    ...(today.length > 0 ? [`${list.format(today)} today`] : []),
    ...(tomorrow.length > 0 ? [`${list.format(tomorrow)} tomorrow`] : []),
  ]
  const noun = planned.length === 1 ? 'Session' : 'Sessions'
  return {
    title: `${noun} with ${parts.join(' and ')}`,
    body:
      today.length > 0
        ? 'Have a good session. Tandem is here when you want to note how it went.'
        : 'A good moment to look back at your last session and what you agreed.',
    screen: 'sessions',
  }
}

export function reviewReminder(kinds: ReadonlyArray<'weekly' | 'monthly'>): SystemNotification {
  const weekly = kinds.includes('weekly')
  const monthly = kinds.includes('monthly')
  const title =
    weekly && monthly
      ? 'Time for your weekly and monthly reflections'
      : `Time for your ${weekly ? 'weekly' : 'monthly'} reflection`
  const span = weekly && monthly ? 'your week and your month' : weekly ? 'your week' : 'your month'
  return {
    title,
    body: `A few quiet minutes to look back on ${span}.`,
    // The "Time to reflect" card, with its button, is on Home.
    screen: 'home',
  }
}

export function skillsReminder(due: number): SystemNotification {
  return {
    title: due === 1 ? '1 skill to practise' : `${due} skills to practise`,
    body: `A few minutes of practice help ${due === 1 ? 'it' : 'them'} stick.`,
    screen: 'review',
  }
}
