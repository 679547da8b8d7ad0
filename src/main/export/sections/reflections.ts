import { escapeHtml, renderMarkdown, shiftMarkdownHeadings } from '../../../shared/markdown'
import type { ReflectionsService } from '../../reflections/service'
import type { SessionsService } from '../../sessions/service'
import { type DateWords, inPeriod } from '../period'
import { defineSection } from './types'

export interface ReflectionEntry {
  date: string
  prompt: string | null
  answer: string
  confidence: number | null
  session: string | null
  private: boolean
}

export interface ReflectionsModel {
  reflections: ReflectionEntry[]
  dates: DateWords
}

export function reflectionsSection(deps: {
  reflections?: Pick<ReflectionsService, 'all'>
  sessions: Pick<SessionsService, 'find'>
}) {
  return defineSection<ReflectionsModel>({
    id: 'reflections',
    title: 'Reflections',
    description: 'Your answers to reflection prompts and free reflections of the period.',
    summaryOrder: 40,
    build(input) {
      const service = deps.reflections
      if (!service) return null
      // Each reflection's linked session is looked up once.
      const reflections = service
        .all()
        .map((r) => ({ r, linked: r.sessionId === null ? undefined : deps.sessions.find(r.sessionId) }))
        // A reflection written after a private session is private with it (the search's rule too): its
        // answer talks about that session, and naming the session would tell what the report left out.
        .filter(({ r }) => inPeriod(r.date, input.period) && input.shows(r))
        .filter(({ r, linked }) => r.sessionId === null || input.shows(linked))
        .filter(({ linked }) => input.partnerId === null || linked?.partnerId === input.partnerId)
        .reverse()
        .map(({ r, linked }) => ({
          date: r.date,
          prompt: r.prompt?.text ?? null,
          answer: r.answer,
          confidence: r.confidence,
          session: (input.shows(linked) && linked?.title) || null,
          private: r.private,
        }))
      return { reflections, dates: input.dates }
    },
    facts: (model) =>
      model.reflections.length === 0
        ? []
        : [{ label: 'Reflections written', value: model.dates.number(model.reflections.length) }],
    isEmpty: (model) => model.reflections.length === 0,
    html(model) {
      if (model.reflections.length === 0) return '<p class="empty">No reflections in this period.</p>'
      return model.reflections
        .map((r) => {
          const meta = [
            model.dates.date(r.date),
            r.confidence !== null ? `confidence ${r.confidence} of 5` : null,
            r.session ? `after “${r.session}”` : null,
          ].filter((p): p is string => p !== null)
          return `<article class="reflection"><p class="session-meta">${meta.map(escapeHtml).join(' · ')}</p>${r.prompt ? `<h3>${escapeHtml(r.prompt)}</h3>` : '<h3>Free reflection</h3>'}<div class="block">${renderMarkdown(r.answer, { topHeading: 4 })}</div></article>`
        })
        .join('\n')
    },
    markdown(model) {
      if (model.reflections.length === 0) return 'No reflections in this period.\n'
      return model.reflections
        .map(
          (r) =>
            `### ${model.dates.date(r.date)} — ${r.prompt ?? 'Free reflection'}\n\n${shiftMarkdownHeadings(r.answer.trim(), { topHeading: 4 })}\n`,
        )
        .join('\n')
    },
  })
}
