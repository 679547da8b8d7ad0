import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { LocalDate, localToday } from '../../shared/domain/common'
import {
  type BuiltInPrompt,
  CustomPrompt,
  type CustomPromptDraft,
  type CustomPromptUpdate,
  PromptId,
  type PromptLibrary,
  type PromptMoment,
  PromptSettings,
  type PromptView,
} from '../../shared/domain/prompt'
import { notFound, TandemError } from '../../shared/errors'
import type { FeatureContext } from '../context'
import type { DocumentFormat } from '../store/document'
import { promptOfTheDay } from './rotation'

const PromptsDoc = z.object({
  schemaVersion: z.literal(1),
  custom: z.array(CustomPrompt),
  hidden: z.array(PromptId),
  pinned: z.array(PromptId),
  settings: PromptSettings,
  /** The day reminders started; review days before it never count as missed. */
  remindersSince: LocalDate.nullable(),
})
type PromptsDoc = z.infer<typeof PromptsDoc>

export const defaultPromptSettings = (): PromptSettings => ({
  favouriteThemes: [],
  reviews: { weekly: { enabled: true, weekday: 5 }, monthly: { enabled: true, day: 1 } },
})

export const promptsFormat: DocumentFormat<PromptsDoc> = {
  current: 1,
  migrations: {},
  schema: PromptsDoc,
  empty: () => ({
    schemaVersion: 1,
    custom: [],
    hidden: [],
    pinned: [],
    settings: defaultPromptSettings(),
    remindersSince: null,
  }),
}

/** Moments that belong to a review reminder rather than to the daily rotation. */
const REVIEW_MOMENTS: readonly PromptMoment[] = ['weekly-review', 'monthly-review']

export interface PromptsService {
  library(): PromptLibrary
  settings(): PromptSettings
  /** Any prompt by id, archived and hidden ones included. */
  find(id: string): PromptView | undefined
  createCustom(draft: CustomPromptDraft): Promise<PromptView>
  updateCustom(update: CustomPromptUpdate): Promise<PromptView>
  setArchived(id: string, archived: boolean): Promise<PromptView>
  setHidden(id: string, hidden: boolean): Promise<PromptView>
  setPinned(id: string, pinned: boolean): Promise<PromptView>
  updateSettings(settings: PromptSettings): Promise<PromptSettings>
  remindersSince(): string
  /** The day's prompt among those fit for `moments`, skipping hidden, archived and recently answered ones. */
  ofTheDay(
    date: string,
    shuffle: number,
    lastAnswered: ReadonlyMap<string, string>,
    moments?: readonly PromptMoment[],
  ): PromptView | null
}

export async function openPrompts(ctx: FeatureContext, builtIns: BuiltInPrompt[]): Promise<PromptsService> {
  const doc = await ctx.journal.document('prompts.json', promptsFormat)
  if (doc.data.remindersSince === null && doc.writable) {
    const today = localToday(ctx.clock.now())
    await doc.change((data) => {
      data.remindersSince = today
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

  return {
    library: () => ({ prompts: all(), settings: doc.data.settings }),
    settings: () => doc.data.settings,
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
    remindersSince: () => doc.data.remindersSince ?? localToday(ctx.clock.now()),
    ofTheDay(date, shuffle, lastAnswered, moments) {
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
    },
  }
}
