import { randomUUID } from 'node:crypto'
import { localToday } from '../../shared/domain/common'
import type { ProgramTemplate } from '../../shared/domain/program'
import type {
  BuiltInPrompt,
  CustomPrompt,
  CustomPromptDraft,
  CustomPromptUpdate,
  PromptLibrary,
  PromptMoment,
  PromptSettings,
  PromptView,
  ReviewDue,
} from '../../shared/domain/prompt'
import { notFound, TandemError } from '../../shared/errors'
import type { FeatureContext } from '../context'
import { promptsFormat } from './format'
import { loadBuiltIns } from './library'
import { reviewsDue } from './reviews'
import { promptOfTheDay } from './rotation'

/** Moments that belong to a review reminder rather than to the daily rotation. */
const REVIEW_MOMENTS: readonly PromptMoment[] = ['weekly-review', 'monthly-review']

/**
 * What the rotation and the review reminders need to know about the user's answers. Reflections
 * supply it; it is passed in rather than opened as a dep because reflections open after prompts
 * (each reflection keeps a snapshot of its prompt).
 */
export interface PromptAnswers {
  /** The local date each prompt was last answered on. */
  lastAnswered(): ReadonlyMap<string, string>
  /** Dates of reflections on review prompts of each kind. */
  reviewDates(): { weekly: string[]; monthly: string[] }
}

export interface PromptsService {
  library(): PromptLibrary
  /** The built-in program templates, each checked against the built-in prompts it names. */
  programTemplates(): ProgramTemplate[]
  /** Any prompt by id, archived and hidden ones included. */
  find(id: string): PromptView | undefined
  createCustom(draft: CustomPromptDraft): Promise<PromptView>
  updateCustom(update: CustomPromptUpdate): Promise<PromptView>
  setArchived(id: string, archived: boolean): Promise<PromptView>
  setHidden(id: string, hidden: boolean): Promise<PromptView>
  setPinned(id: string, pinned: boolean): Promise<PromptView>
  updateSettings(settings: PromptSettings): Promise<PromptSettings>
  /** Today's prompt among those fit for `moments`, skipping hidden, archived and recently answered ones. */
  ofTheDay(
    shuffle: number,
    answers: Pick<PromptAnswers, 'lastAnswered'>,
    moments?: readonly PromptMoment[],
  ): PromptView | null
  /** The weekly and monthly reviews due today, each with the prompt to answer it. */
  reviewsDue(answers: PromptAnswers): ReviewDue[]
}

/**
 * Reads the built-in library and program templates (skipping and reporting any file that fails
 * validation), then opens the user's prompts document.
 */
export async function openPrompts(ctx: FeatureContext): Promise<PromptsService> {
  const library = await loadBuiltIns(ctx.resourcesDir)
  for (const problem of library.problems) {
    ctx.journal.report({
      kind: 'skipped-resource',
      file: problem.file,
      movedTo: null,
      message: `Tandem's built-in file ${problem.file} was skipped: ${problem.message}. The rest of Tandem works as usual.`,
      at: ctx.clock.now().toISOString(),
    })
  }
  const builtIns = library.prompts
  const doc = await ctx.journal.document('prompts.json', promptsFormat)
  const today = () => localToday(ctx.clock.now())
  if (doc.data.remindersSince === null && doc.writable) {
    const day = today()
    await doc.change((data) => {
      data.remindersSince = day
    })
  }

  function view(prompt: BuiltInPrompt | CustomPrompt): PromptView {
    const custom = 'archived' in prompt
    return {
      id: prompt.id,
      text: prompt.text,
      theme: prompt.theme,
      moment: prompt.moment,
      side: prompt.side,
      source: custom ? 'custom' : 'built-in',
      hidden: doc.data.hidden.includes(prompt.id),
      pinned: doc.data.pinned.includes(prompt.id),
      archived: custom ? prompt.archived : false,
    }
  }

  function all(): PromptView[] {
    return [...doc.data.custom.map(view), ...builtIns.map(view)]
  }

  function find(id: string): PromptView | undefined {
    const custom = doc.data.custom.find((p) => p.id === id)
    if (custom) return view(custom)
    const builtIn = builtIns.find((p) => p.id === id)
    return builtIn ? view(builtIn) : undefined
  }

  function get(id: string): PromptView {
    const prompt = find(id)
    if (!prompt) throw notFound('prompt')
    return prompt
  }

  async function changeCustom(
    id: string,
    change: (prompt: CustomPrompt) => CustomPrompt,
  ): Promise<PromptView> {
    const existing = doc.data.custom.find((p) => p.id === id)
    if (!existing) {
      if (builtIns.some((p) => p.id === id)) {
        throw new TandemError(
          'not-allowed',
          'Built-in prompts cannot be edited or archived. You can hide them.',
        )
      }
      throw notFound('prompt')
    }
    const updated = { ...change(existing), updatedAt: ctx.clock.now().toISOString() }
    await doc.change((data) => {
      data.custom = data.custom.map((p) => (p.id === id ? updated : p))
    })
    return view(updated)
  }

  async function toggle(list: 'hidden' | 'pinned', id: string, on: boolean): Promise<PromptView> {
    get(id)
    await doc.change((data) => {
      const rest = data[list].filter((other) => other !== id)
      data[list] = on ? [...rest, id] : rest
    })
    return get(id)
  }

  function pick(
    date: string,
    shuffle: number,
    lastAnswered: ReadonlyMap<string, string>,
    moments?: readonly PromptMoment[],
  ): PromptView | null {
    const fits = (p: PromptView) =>
      !p.archived && (moments ? moments.includes(p.moment) : !REVIEW_MOMENTS.includes(p.moment))
    const candidates = all().filter(fits)
    const id = promptOfTheDay({
      prompts: candidates,
      hidden: new Set(candidates.filter((p) => p.hidden).map((p) => p.id)),
      lastAnswered,
      favouriteThemes: doc.data.settings.favouriteThemes,
      date,
      shuffle,
    })
    return id === null ? null : (find(id) ?? null)
  }

  return {
    library: () => ({ prompts: all(), settings: doc.data.settings }),
    programTemplates: () => library.programs,
    find,
    async createCustom(draft) {
      const now = ctx.clock.now().toISOString()
      const prompt: CustomPrompt = {
        id: randomUUID(),
        ...draft,
        archived: false,
        createdAt: now,
        updatedAt: now,
      }
      await doc.change((data) => {
        data.custom.push(prompt)
      })
      return view(prompt)
    },
    updateCustom: ({ id, ...draft }) => changeCustom(id, (p) => ({ ...p, ...draft })),
    setArchived: (id, archived) => changeCustom(id, (p) => ({ ...p, archived })),
    setHidden: (id, hidden) => toggle('hidden', id, hidden),
    setPinned: (id, pinned) => toggle('pinned', id, pinned),
    async updateSettings(settings) {
      await doc.change((data) => {
        data.settings = { ...settings, favouriteThemes: Array.from(new Set(settings.favouriteThemes)) }
      })
      return doc.data.settings
    },
    ofTheDay: (shuffle, answers, moments) => pick(today(), shuffle, answers.lastAnswered(), moments),
    reviewsDue(answers) {
      const day = today()
      const due = reviewsDue(
        day,
        doc.data.settings.reviews,
        doc.data.remindersSince ?? day,
        answers.reviewDates(),
      )
      // Most days nothing is due: only then is every reflection scanned for when its prompt was answered.
      if (due.length === 0) return []
      const lastAnswered = answers.lastAnswered()
      return due.map((review) => ({
        ...review,
        prompt: pick(day, 0, lastAnswered, [review.kind === 'weekly' ? 'weekly-review' : 'monthly-review']),
      }))
    },
  }
}
