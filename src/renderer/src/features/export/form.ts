import type {
  MarkdownLayout,
  PeriodKind,
  ReportFocus,
  ReportOptionsInput,
} from '../../../../shared/contract/export'

/** The export screen's choices (a draft of the user's own, never store data). */
export interface ExportForm {
  /** A period report, one goal's story, or one partner's whole relationship. */
  focus: ReportFocus
  /** '' = none picked yet (a goal report needs one). */
  goalId: string
  periodKind: PeriodKind
  from: string
  to: string
  /** '' = every partner (a relationship report needs one). */
  partnerId: string
  sections: string[]
  includePrivate: boolean
  fullNotes: boolean
  pageSize: 'A4' | 'Letter'
  author: string
  layout: MarkdownLayout
}

export function initialForm(sections: string[]): ExportForm {
  const letter = /^en-(US|CA)\b/.test(navigator.language)
  return {
    focus: 'period',
    goalId: '',
    periodKind: 'last-3-months',
    from: '',
    to: '',
    partnerId: '',
    sections,
    includePrivate: false,
    fullNotes: false,
    pageSize: letter ? 'Letter' : 'A4',
    author: '',
    layout: 'folder',
  }
}

export function toOptions(form: ExportForm): ReportOptionsInput {
  const custom = form.periodKind === 'custom'
  return {
    focus: form.focus,
    goalId: form.focus === 'goal' && form.goalId !== '' ? form.goalId : null,
    period: {
      kind: form.periodKind,
      from: custom && form.from !== '' ? form.from : null,
      to: custom && form.to !== '' ? form.to : null,
    },
    partnerId: form.partnerId === '' ? null : form.partnerId,
    sections: form.sections,
    includePrivate: form.includePrivate,
    fullNotes: form.fullNotes,
    pageSize: form.pageSize,
    author: form.author,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    // Dates in the PDF and Markdown are written as this computer writes them, like the app's own.
    locale: navigator.language,
  }
}
