import { daysBetween } from '../../shared/calendar'
import type { PromptTheme } from '../../shared/domain/prompt'

export interface RotationCandidate {
  id: string
  theme: PromptTheme
}

export interface RotationInput {
  prompts: RotationCandidate[]
  /** Ids the user hid; never offered. */
  hidden: ReadonlySet<string>
  /** The local date each prompt was last answered on. */
  lastAnswered: ReadonlyMap<string, string>
  favouriteThemes: readonly PromptTheme[]
  /** The local date the rotation is for (YYYY-MM-DD). */
  date: string
  /** "Another one": 0 is the prompt of the day, 1 the next one, and so on. */
  shuffle: number
}

export const NO_REPEAT_DAYS = 30
/** How much more likely a prompt of a favoured theme is to come first. */
const FAVOURED_WEIGHT = 4

/** FNV-1a: a small, stable string hash, so a date always seeds the same order on every machine. */
export function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A deterministic number in (0, 1) for one prompt on one date. */
function unit(seed: string): number {
  return (hash(seed) + 1) / 4_294_967_297
}

/**
 * The day's order of prompts: a weighted shuffle seeded by the date (Efraimidis–Spirakis keys
 * u^(1/w)), so favoured themes tend to come first without always winning. Hidden prompts and any
 * answered in the last 30 days are left out; if that leaves nothing, recently answered ones return,
 * least recent first, rather than showing no prompt at all.
 */
export function dailyOrder(input: RotationInput): string[] {
  const visible = input.prompts.filter((p) => !input.hidden.has(p.id))
  const fresh = visible.filter((p) => {
    const last = input.lastAnswered.get(p.id)
    return last === undefined || daysBetween(last, input.date) >= NO_REPEAT_DAYS || last > input.date
  })
  if (fresh.length === 0) {
    return [...visible]
      .sort((a, b) => (input.lastAnswered.get(a.id) ?? '').localeCompare(input.lastAnswered.get(b.id) ?? ''))
      .map((p) => p.id)
  }
  const favoured = new Set(input.favouriteThemes)
  return fresh
    .map((p) => {
      const weight = favoured.has(p.theme) ? FAVOURED_WEIGHT : 1
      return { id: p.id, key: unit(`${input.date}|${p.id}`) ** (1 / weight) }
    })
    .sort((a, b) => b.key - a.key || a.id.localeCompare(b.id))
    .map((p) => p.id)
}

/** The prompt of the day (shuffle 0) or the n-th "another one"; null when every prompt is hidden. */
export function promptOfTheDay(input: RotationInput): string | null {
  const order = dailyOrder(input)
  if (order.length === 0) return null
  const index = ((input.shuffle % order.length) + order.length) % order.length
  return order[index] ?? null
}
