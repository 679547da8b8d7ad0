import type { Stars } from '../../../shared/domain/ledger-lines'
import { sessionTitle } from '../../../shared/domain/session'
import { escapeHtml, renderMarkdown, shiftMarkdownHeadings } from '../../../shared/markdown'
import type { SessionsService } from '../../sessions/service'
import { barChartSvg } from '../charts'
import { frontMatter, slugify } from '../front-matter'
import { type DateWords, inPeriod, monthsBetween } from '../period'
import { hours, topTopics } from './tally'
import { defineSection, type MarkdownFile, type SummaryFact, type SummaryTable } from './types'

export interface SessionEntry {
  id: string
  date: string
  title: string
  partner: string | null
  topics: string[]
  durationMinutes: number | null
  learned: string
  shared: string
  /** Only when the user asked for full notes. */
  notes: string | null
  actionItems: Array<{ text: string; done: boolean; due: string | null }>
  private: boolean
  /** The lines the user starred for the highlights. */
  starred: Stars
}

export interface SessionsModel {
  /** Oldest first, as a report reads. */
  entries: SessionEntry[]
  months: Array<{ key: string; label: string; anchor: string }>
  /** Every month of the period (or, for "All time", from the first session to the last), for the charts. */
  axis: string[]
  dates: DateWords
}

const monthAnchor = (key: string) => `sessions-${key}`
/** Session ids are UUIDs: safe in an HTML id and a PDF name as they are. */
const sessionAnchor = (id: string) => `session-${id}`

function meta(entry: SessionEntry): string[] {
  return [
    entry.partner ? `With ${entry.partner}` : null,
    entry.durationMinutes !== null ? `${entry.durationMinutes} min` : null,
    entry.private ? 'Private' : null,
  ].filter((part): part is string => part !== null)
}

/** Learned and shared side by side: the two halves of a two-way session, and half the paper. */
function pair(learned: string, shared: string): string {
  if (learned === '' || shared === '') return learned + shared
  return `<div class="two-way">${learned}${shared}</div>`
}

function sessionHtml(entry: SessionEntry, dates: DateWords): string {
  const block = (label: string, text: string) =>
    // Under the session's h3 and the block's h4 label, a heading written in the text starts at h5.
    text.trim() === ''
      ? ''
      : `<div class="block"><h4>${label}</h4>${renderMarkdown(text, { topHeading: 5 })}</div>`
  const items = entry.actionItems.length
    ? `<div class="block"><h4>Action items</h4><ul class="actions">${entry.actionItems
        .map(
          (item) =>
            `<li class="${item.done ? 'done' : 'open'}"><span class="box">${item.done ? '✓' : ''}</span><span class="item-text">${escapeHtml(item.text)}</span>${item.due ? ` <span class="due">due ${escapeHtml(dates.date(item.due))}</span>` : ''}</li>`,
        )
        .join('')}</ul></div>`
    : ''
  const topics = entry.topics.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join('')
  return `<article class="session">
<header><h3 id="${sessionAnchor(entry.id)}">${escapeHtml(entry.title)}</h3>
<p class="session-meta"><span class="session-date">${escapeHtml(dates.date(entry.date))}</span>${meta(entry)
    .map((part) => ` · ${escapeHtml(part)}`)
    .join('')}${topics ? ` <span class="tags">${topics}</span>` : ''}</p></header>
${pair(block('What I learned', entry.learned), block('What I shared', entry.shared))}${items}${entry.notes !== null ? block('Notes', entry.notes) : ''}
</article>`
}

function sessionMarkdown(entry: SessionEntry, heading: string, dates: DateWords): string {
  const parts = [`${heading} ${dates.date(entry.date)} — ${entry.title}`, '']
  const info = [...meta(entry), ...(entry.topics.length ? [`Topics: ${entry.topics.join(', ')}`] : [])]
  if (info.length) parts.push(`*${info.join(' · ')}*`, '')
  // Headings written in the text go below the session's own heading.
  const levels = { topHeading: heading.length + 1 }
  const block = (label: string, text: string) => {
    if (text.trim() !== '') parts.push(`**${label}**`, '', shiftMarkdownHeadings(text.trim(), levels), '')
  }
  block('What I learned', entry.learned)
  block('What I shared', entry.shared)
  if (entry.actionItems.length) {
    parts.push('**Action items**', '')
    for (const item of entry.actionItems) {
      parts.push(
        `- [${item.done ? 'x' : ' '}] ${item.text}${item.due ? ` (due ${dates.date(item.due)})` : ''}`,
      )
    }
    parts.push('')
  }
  if (entry.notes !== null) block('Notes', entry.notes)
  return parts.join('\n')
}

export function sessionsSection(deps: { sessions: Pick<SessionsService, 'all'> }) {
  return defineSection<SessionsModel>({
    id: 'sessions',
    title: 'Sessions',
    description: 'Date, partner, title, what you learned and shared, action items.',
    build(input) {
      const entries = deps.sessions
        .all()
        .filter((s) => inPeriod(s.date, input.period))
        .filter((s) => input.partnerId === null || s.partnerId === input.partnerId)
        .filter((s) => input.shows(s))
        .reverse()
        .map(
          (s): SessionEntry => ({
            id: s.id,
            date: s.date,
            title: sessionTitle(s),
            partner: input.partnerName(s.partnerId),
            topics: s.topics,
            durationMinutes: s.durationMinutes,
            learned: s.learned,
            shared: s.shared,
            notes: input.fullNotes && s.notes.trim() !== '' ? s.notes : null,
            actionItems: s.actionItems.map(({ text, done, due }) => ({ text, done, due })),
            private: s.private,
            starred: s.starred,
          }),
        )
      const keys = [...new Set(entries.map((e) => e.date.slice(0, 7)))]
      const first = input.period.from ?? entries[0]?.date
      const last = input.period.to ?? entries[entries.length - 1]?.date
      return {
        entries,
        months: keys.map((key) => ({ key, label: input.dates.month(key), anchor: monthAnchor(key) })),
        axis: first && last && entries.length > 0 ? monthsBetween(first, last) : [],
        dates: input.dates,
      }
    },
    summaryOrder: 10,
    facts(model) {
      const facts: SummaryFact[] = [
        { label: 'Sessions held', value: model.dates.number(model.entries.length) },
      ]
      const timed = model.entries.filter((e) => e.durationMinutes !== null)
      if (timed.length > 0) {
        const minutes = timed.reduce((sum, e) => sum + (e.durationMinutes ?? 0), 0)
        facts.push({
          label: 'Time together',
          value: hours(minutes, model.dates),
          detail: timed.length < model.entries.length ? `${timed.length} sessions timed` : undefined,
        })
      }
      const partners = new Set(model.entries.flatMap((e) => (e.partner ? [e.partner] : [])))
      if (partners.size > 0) facts.push({ label: 'Partners', value: model.dates.number(partners.size) })
      const items = model.entries.flatMap((e) => e.actionItems)
      if (items.length > 0) {
        facts.push({
          label: 'Action items done',
          value: `${items.filter((i) => i.done).length} of ${items.length}`,
        })
      }
      const top = topTopics(model.entries, 3)
      const [first, ...next] = top
      if (first) {
        // One topic in the tile's large type; the runners-up, with their counts, in the small line.
        const sessions = (n: number) => `${n} ${n === 1 ? 'session' : 'sessions'}`
        facts.push({
          label: 'Most discussed',
          value: first.topic,
          detail: [
            `in ${sessions(first.count)}`,
            ...(next.length ? [`then ${next.map((t) => `${t.topic} (${t.count})`).join(', ')}`] : []),
          ].join('; '),
        })
      }
      return facts
    },
    tables(model): SummaryTable[] {
      if (model.entries.length === 0) return []
      const byPartner = new Map<
        string,
        { sessions: number; minutes: number; learned: number; shared: number }
      >()
      for (const e of model.entries) {
        const key = e.partner ?? 'No partner'
        const row = byPartner.get(key) ?? { sessions: 0, minutes: 0, learned: 0, shared: 0 }
        row.sessions += 1
        row.minutes += e.durationMinutes ?? 0
        if (e.learned.trim() !== '') row.learned += 1
        if (e.shared.trim() !== '') row.shared += 1
        byPartner.set(key, row)
      }
      return [
        {
          title: 'Sessions by partner',
          columns: ['Partner', 'Sessions', 'Hours', 'Learned', 'Shared'],
          rows: [...byPartner.entries()]
            .sort((a, b) => b[1].sessions - a[1].sessions)
            .map(([name, r]) => [
              name,
              model.dates.number(r.sessions),
              r.minutes > 0 ? model.dates.number(r.minutes / 60, 1) : '–',
              model.dates.number(r.learned),
              model.dates.number(r.shared),
            ]),
        },
      ]
    },
    charts(model) {
      // One month is a single bar: the figures already say it.
      if (model.axis.length < 2) return []
      const label = (key: string, i: number) => model.dates.shortMonth(key, i === 0)
      const count = new Map<string, number>()
      const minutes = new Map<string, number>()
      for (const e of model.entries) {
        const key = e.date.slice(0, 7)
        count.set(key, (count.get(key) ?? 0) + 1)
        minutes.set(key, (minutes.get(key) ?? 0) + (e.durationMinutes ?? 0))
      }
      const charts = [
        barChartSvg(
          'Sessions per month',
          model.axis.map((key, i) => ({ key, label: label(key, i), value: count.get(key) ?? 0 })),
        ),
      ]
      if ([...minutes.values()].some((m) => m > 0)) {
        charts.push(
          barChartSvg(
            'Hours together per month',
            model.axis.map((key, i) => ({
              key,
              label: label(key, i),
              value: Math.round((minutes.get(key) ?? 0) / 6) / 10,
            })),
          ),
        )
      }
      return charts
    },
    isEmpty: (model) => model.entries.length === 0,
    subEntries: (model) =>
      model.months.map((m) => ({
        anchor: m.anchor,
        title: m.label,
        children: model.entries
          .filter((e) => e.date.startsWith(m.key))
          .map((e) => ({ anchor: sessionAnchor(e.id), title: `${model.dates.date(e.date)} · ${e.title}` })),
      })),
    html(model) {
      if (model.entries.length === 0) return '<p class="empty">No sessions in this period.</p>'
      return model.months
        .map(
          (month) =>
            `<h3 class="month" id="${month.anchor}">${escapeHtml(month.label)}</h3>${model.entries
              .filter((e) => e.date.startsWith(month.key))
              .map((e) => sessionHtml(e, model.dates))
              .join('\n')}`,
        )
        .join('\n')
    },
    markdown(model) {
      if (model.entries.length === 0) return 'No sessions in this period.\n'
      return model.entries.map((e) => sessionMarkdown(e, '###', model.dates)).join('\n')
    },
    files(model): MarkdownFile[] {
      const used = new Set<string>()
      return model.entries.map((entry) => {
        let name = `sessions/${entry.date}-${slugify(entry.title)}.md`
        for (let n = 2; used.has(name); n++) name = `sessions/${entry.date}-${slugify(entry.title)}-${n}.md`
        used.add(name)
        const head = frontMatter({
          title: entry.title,
          date: entry.date,
          partner: entry.partner,
          tags: entry.topics,
          duration_minutes: entry.durationMinutes ?? undefined,
          private: entry.private ? true : undefined,
          // For Tandem's importer: the session it was, and its items with their dates as data (the
          // text below writes due dates in words).
          tandem_session: entry.id,
          starred_learned: entry.starred.learned.length ? entry.starred.learned : undefined,
          starred_shared: entry.starred.shared.length ? entry.starred.shared : undefined,
          action_items: entry.actionItems.length
            ? entry.actionItems.map(({ text, done, due }) => ({ text, done, due }))
            : undefined,
        })
        return { name, content: `${head}\n${sessionMarkdown(entry, '#', model.dates)}` }
      })
    },
  })
}
