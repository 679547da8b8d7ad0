import { addDays, localToday } from '../../shared/domain/common'
import type { FeatureContext, SystemNotification } from '../context'
import type { PartnersService } from '../partners/service'
import type { PromptAnswers, PromptsService } from '../prompts/service'
import type { SessionsService } from '../sessions/service'
import type { SettingsService } from '../settings/service'
import type { SkillsService } from '../skills/service'
import { REMINDER_KINDS, type ReminderKind, remindersStateFormat } from './format'
import { type PlannedSession, reviewReminder, sessionReminder, skillsReminder } from './wording'

export const REMINDERS_STATE_FILE = 'reminders-state.json'

/** A reminder due now: its kind and the notification that shows it. */
export interface Reminder extends SystemNotification {
  kind: ReminderKind
}

export interface RemindersService {
  /**
   * The reminders to show now: none while reminders are off or before the chosen time of day, and none
   * of a kind that is off or was already shown today. Cheap when there is nothing to do: the journal is
   * only looked at for kinds still to be shown today.
   */
  due(): Reminder[]
  /** Shows every due reminder through the notifications port and remembers it for today. */
  deliver(): Promise<Reminder[]>
}

export interface RemindersDeps {
  settings: Pick<SettingsService, 'journal'>
  partners: Pick<PartnersService, 'list'>
  sessions: Pick<SessionsService, 'all'>
  prompts: Pick<PromptsService, 'reviewsDue'>
  /** The reflections service: which reviews were written. */
  answers: PromptAnswers
  skills: Pick<SkillsService, 'reviewQueue'>
}

/** Minutes since local midnight of "HH:MM". */
function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return hours * 60 + minutes
}

export async function openReminders(ctx: FeatureContext, deps: RemindersDeps): Promise<RemindersService> {
  const doc = await ctx.journal.document(REMINDERS_STATE_FILE, remindersStateFormat)
  // Also kept here, so a journal that cannot be written (a newer Tandem's file) still reminds once a day.
  const shown = new Map<ReminderKind, string | null>(REMINDER_KINDS.map((k) => [k, doc.data.lastShown[k]]))

  function sessionsDue(today: string): Reminder | null {
    const tomorrow = addDays(today, 1)
    const candidates = deps.partners
      .list()
      .filter((p) => !p.archived && (p.nextSessionOn === today || p.nextSessionOn === tomorrow))
    if (candidates.length === 0) return null
    // A planned session already in the journal (written ahead, or just after it) needs no reminder.
    const logged = new Set(
      deps.sessions
        .all()
        .filter((s) => s.date === today || s.date === tomorrow)
        .map((s) => `${s.partnerId} ${s.date}`),
    )
    const planned: PlannedSession[] = candidates
      .filter((p) => !logged.has(`${p.id} ${p.nextSessionOn}`))
      .map((p) => ({ partner: p.name, when: p.nextSessionOn === today ? 'today' : 'tomorrow' }))
    return planned.length > 0 ? { kind: 'sessions', ...sessionReminder(planned) } : null
  }

  function reviewsDue(): Reminder | null {
    const due = deps.prompts.reviewsDue(deps.answers).map((review) => review.kind)
    return due.length > 0 ? { kind: 'reviews', ...reviewReminder(due) } : null
  }

  function skillsDue(): Reminder | null {
    const due = deps.skills.reviewQueue().length
    return due > 0 ? { kind: 'skills', ...skillsReminder(due) } : null
  }

  function dueAt(now: Date): Reminder[] {
    const settings = deps.settings.journal().reminders
    if (!settings.enabled) return []
    if (now.getHours() * 60 + now.getMinutes() < minutesOf(settings.time)) return []
    const today = localToday(now)
    const check: Record<ReminderKind, () => Reminder | null> = {
      sessions: () => sessionsDue(today),
      reviews: reviewsDue,
      skills: skillsDue,
    }
    return REMINDER_KINDS.filter((kind) => settings[kind] && shown.get(kind) !== today).flatMap(
      (kind) => check[kind]() ?? [],
    )
  }

  return {
    due: () => dueAt(ctx.clock.now()),
    async deliver() {
      const notify = ctx.ports.notify
      if (!notify) return []
      const now = ctx.clock.now()
      const reminders = dueAt(now)
      if (reminders.length === 0) return []
      const today = localToday(now)
      for (const reminder of reminders) shown.set(reminder.kind, today)
      for (const { title, body, screen } of reminders) notify({ title, body, screen })
      if (doc.writable) {
        await doc.change((data) => {
          for (const reminder of reminders) data.lastShown[reminder.kind] = today
        })
      }
      return reminders
    },
  }
}
