import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SystemNotification, Timer } from '../../src/main/context'
import { scheduleReminders } from '../../src/main/reminders/scheduler'
import type { ReminderSettings } from '../../src/shared/domain/settings'
import { sessionDraft, skillDraft } from './helpers/records'
import { fixedClock, openEngine, tempDir } from './helpers/temp'

/** An ISO time stamp for a local date and time (reminders keep local time, whatever the test's zone). */
const local = (date: string, time: string) => {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  const [hh = 0, mm = 0] = time.split(':').map(Number)
  return new Date(y, m - 1, d, hh, mm).toISOString()
}

/** The notifications port of the tests: it records what would have been shown. */
function recorder() {
  const shown: SystemNotification[] = []
  return { shown, ports: { notify: (n: SystemNotification) => void shown.push(n) } }
}

/** A timer the test ticks by hand. */
function manualTimer() {
  let ticks: Array<() => void> = []
  const timer: Timer & { tick(): void; readonly running: number; periods: number[] } = {
    periods: [],
    every(ms, tick) {
      timer.periods.push(ms)
      ticks.push(tick)
      return () => {
        ticks = ticks.filter((t) => t !== tick)
      }
    },
    tick: () => {
      for (const tick of ticks) tick()
    },
    get running() {
      return ticks.length
    },
  }
  return timer
}

/** An engine on a journal first opened on Friday 27 November 2026 (so no review is due yet). */
async function journal(start = local('2026-11-27', '08:59'), dir?: string) {
  const clock = fixedClock(start)
  const notifications = recorder()
  const timer = manualTimer()
  const engine = await openEngine(dir, clock, { ports: notifications.ports, timer })
  const remind = async (change: Partial<ReminderSettings>) =>
    engine.call('settings:update', { journal: { reminders: change } })
  return { ...engine, clock, timer, shown: notifications.shown, remind }
}

describe('reminders as notifications', () => {
  it('shows the skills reminder once, from the chosen time of the right day, counting due skills, and opens Practise skills', async () => {
    const e = await journal()
    await e.remind({ enabled: true, time: '09:00' })
    for (const name of ['Breakout rooms', 'Shared notebooks', 'Screen reader basics']) {
      await e.call('skills:create', skillDraft({ name }))
    }

    expect(await e.tandem.reminders.deliver()).toEqual([])
    expect(e.shown).toEqual([])

    e.clock.set(local('2026-11-27', '09:00'))
    await e.tandem.reminders.deliver()
    expect(e.shown).toEqual([
      { title: '3 skills to practise', body: 'A few minutes of practice help them stick.', screen: 'review' },
    ])

    e.clock.set(local('2026-11-27', '17:30'))
    expect(await e.tandem.reminders.deliver()).toEqual([])
    expect(e.shown).toHaveLength(1)

    // The next day: not before the time, then once again (the skills are still due).
    e.clock.set(local('2026-11-28', '08:59'))
    await e.tandem.reminders.deliver()
    expect(e.shown).toHaveLength(1)
    e.clock.set(local('2026-11-28', '09:01'))
    await e.tandem.reminders.deliver()
    expect(e.shown).toHaveLength(2)
    expect(e.shown[1]?.title).toBe('3 skills to practise')
  })

  it('says "1 skill" for one, and nothing once it is reviewed', async () => {
    const e = await journal(local('2026-11-27', '10:00'))
    await e.remind({ enabled: true })
    const skill = await e.call('skills:create', skillDraft())
    expect(e.tandem.reminders.due().map((r) => r.title)).toEqual(['1 skill to practise'])
    await e.call('skills:review', { skillId: skill.id, rating: 'good', practice: null })
    expect(e.tandem.reminders.due()).toEqual([])
  })

  it('does not show a reminder again after a restart the same day: it is remembered in reminders-state.json', async () => {
    const first = await journal(local('2026-11-27', '09:15'))
    await first.remind({ enabled: true })
    await first.call('skills:create', skillDraft())
    await first.tandem.reminders.deliver()
    expect(first.shown).toHaveLength(1)
    await first.tandem.close()
    expect(JSON.parse(await readFile(join(first.dir, 'reminders-state.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      lastShown: { sessions: null, reviews: null, skills: '2026-11-27' },
    })

    const second = await journal(local('2026-11-27', '11:00'), first.dir)
    expect(await second.tandem.reminders.deliver()).toEqual([])
    expect(second.shown).toEqual([])
    second.clock.set(local('2026-11-28', '09:00'))
    await second.tandem.reminders.deliver()
    expect(second.shown.map((n) => n.title)).toEqual(['1 skill to practise'])
  })

  it('shows nothing while reminders are off, and nothing of a kind that is off', async () => {
    const e = await journal(local('2026-11-27', '12:00'))
    await e.call('skills:create', skillDraft())
    const sam = await e.call('partners:create', { name: 'Sam', direction: 'both-ways' })
    await e.call('partners:update', { ...sam, nextSessionOn: '2026-11-28' })

    // Off until the user turns them on.
    expect(await e.tandem.reminders.deliver()).toEqual([])
    await e.remind({ enabled: true, skills: false })
    await e.tandem.reminders.deliver()
    expect(e.shown.map((n) => n.title)).toEqual(['Session with Sam tomorrow'])

    e.clock.set(local('2026-11-28', '12:00'))
    await e.remind({ sessions: false, skills: true })
    await e.tandem.reminders.deliver()
    expect(e.shown.map((n) => n.title)).toEqual(['Session with Sam tomorrow', '1 skill to practise'])

    e.clock.set(local('2026-11-29', '12:00'))
    await e.remind({ enabled: false })
    expect(await e.tandem.reminders.deliver()).toEqual([])
    expect(e.shown).toHaveLength(2)
  })

  it('reminds of a planned session the day before and on the day, naming the partner, and opens Sessions', async () => {
    const e = await journal(local('2026-11-27', '07:00'))
    await e.remind({ enabled: true, time: '07:00', skills: false })
    const plan = async (name: string, nextSessionOn: string, archived = false) => {
      const partner = await e.call('partners:create', { name, direction: 'they-mentor-me' })
      return e.call('partners:update', { ...partner, archived, nextSessionOn })
    }
    await plan('Sam Okafor', '2026-11-28')
    await plan('Alex', '2026-11-28', true)
    const kim = await plan('Kim', '2026-11-28')
    await plan('Lee', '2026-12-05')
    // Already in the journal: no reminder needed.
    await e.call('sessions:create', sessionDraft({ date: '2026-11-28', partnerId: kim.id }))

    await e.tandem.reminders.deliver()
    expect(e.shown).toEqual([
      {
        title: 'Session with Sam Okafor tomorrow',
        body: 'A good moment to look back at your last session and what you agreed.',
        screen: 'sessions',
      },
    ])

    e.clock.set(local('2026-11-28', '07:00'))
    await e.tandem.reminders.deliver()
    expect(e.shown[1]).toEqual({
      title: 'Session with Sam Okafor today',
      body: 'Have a good session. Tandem is here when you want to note how it went.',
      screen: 'sessions',
    })

    e.clock.set(local('2026-11-29', '07:00'))
    expect(await e.tandem.reminders.deliver()).toEqual([])
    expect(e.shown).toHaveLength(2)
  })

  it('names every partner in one notification a day: "Sessions with Sam and Kim today and Lee tomorrow"', async () => {
    const e = await journal(local('2026-11-27', '09:00'))
    await e.remind({ enabled: true, skills: false })
    for (const [name, on] of [
      ['Sam', '2026-11-27'],
      ['Kim', '2026-11-27'],
      ['Lee', '2026-11-28'],
    ] as const) {
      const partner = await e.call('partners:create', { name, direction: 'both-ways' })
      await e.call('partners:update', { ...partner, nextSessionOn: on })
    }
    await e.tandem.reminders.deliver()
    expect(e.shown.map((n) => n.title)).toEqual(['Sessions with Kim and Sam today and Lee tomorrow'])
  })

  it('reminds of the weekly and monthly reviews that Home shows as due, and opens Home', async () => {
    const e = await journal(local('2026-11-27', '09:00'))
    await e.remind({ enabled: true, skills: false })
    expect(await e.tandem.reminders.deliver()).toEqual([])

    // Friday 4 December: the weekly review (Fridays) and the monthly one (the 1st) are both due.
    e.clock.set(local('2026-12-04', '09:00'))
    expect((await e.call('prompts:reviews-due')).map((r) => r.kind)).toEqual(['weekly', 'monthly'])
    await e.tandem.reminders.deliver()
    expect(e.shown).toEqual([
      {
        title: 'Time for your weekly and monthly reflections',
        body: 'A few quiet minutes to look back on your week and your month.',
        screen: 'home',
      },
    ])
  })

  it('checks once started and then every minute through the timer, and stops when the engine closes', async () => {
    const e = await journal(local('2026-11-27', '08:59'))
    await e.remind({ enabled: true, time: '09:00' })
    await e.call('skills:create', skillDraft())

    e.tandem.startReminders()
    e.tandem.startReminders()
    expect(e.timer.running).toBe(1)
    expect(e.timer.periods).toEqual([60_000])

    e.clock.set(local('2026-11-27', '09:00'))
    e.timer.tick()
    await expect.poll(() => e.shown.map((n) => n.screen)).toEqual(['review'])
    e.clock.set(local('2026-11-27', '09:01'))
    e.timer.tick()
    await e.tandem.journal.settle()
    expect(e.shown).toHaveLength(1)

    await e.tandem.close()
    expect(e.timer.running).toBe(0)
  })

  it('a reminder being remembered does not make a daily backup of its own', async () => {
    const e = await journal(local('2026-11-27', '09:00'))
    await e.remind({ enabled: true })
    await e.call('skills:create', skillDraft())
    // Today's backup, made after those changes, is done before the next day begins.
    expect((await e.call('backups:list')).backups.map((b) => b.file)).toEqual([
      'auto-2026-11-27.tandem-backup.json',
    ])
    e.clock.set(local('2026-11-28', '09:00'))
    await e.tandem.reminders.deliver()
    expect(e.shown).toHaveLength(1)
    await e.tandem.close()
    const backups = (await readdir(join(e.dir, 'backups'))).filter((n) => n.startsWith('auto-'))
    expect(backups).toEqual(['auto-2026-11-27.tandem-backup.json'])
  })

  it('shows nothing, and remembers nothing, without a notifications port', async () => {
    const dir = await tempDir()
    const clock = fixedClock(local('2026-11-27', '10:00'))
    const bare = await openEngine(dir, clock)
    await bare.call('settings:update', { journal: { reminders: { enabled: true } } })
    await bare.call('skills:create', skillDraft())
    expect(await bare.tandem.reminders.deliver()).toEqual([])
    await bare.tandem.close()
    const e = await journal(local('2026-11-27', '10:00'), dir)
    await e.tandem.reminders.deliver()
    expect(e.shown.map((n) => n.title)).toEqual(['1 skill to practise'])
  })
})

describe('the reminder schedule', () => {
  it('checks at once, never runs two checks at the same time, and keeps going after a failure', async () => {
    const timer = manualTimer()
    const logged: unknown[] = []
    let calls = 0
    let finish: () => void = () => undefined
    const schedule = scheduleReminders(
      () => {
        calls += 1
        if (calls === 2) return Promise.reject(new Error('journal closed'))
        return new Promise<void>((resolve) => {
          finish = resolve
        })
      },
      timer,
      (error) => logged.push(error),
    )
    await expect.poll(() => calls).toBe(1)
    timer.tick()
    await Promise.resolve()
    expect(calls).toBe(1)
    finish()
    await expect
      .poll(() => {
        timer.tick()
        return calls
      })
      .toBe(2)
    await expect.poll(() => logged).toHaveLength(1)
    timer.tick()
    await expect.poll(() => calls).toBe(3)
    schedule.close()
    expect(timer.running).toBe(0)
  })
})
