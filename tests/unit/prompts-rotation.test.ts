import { describe, expect, it } from 'vitest'
import { loadBuiltIns } from '../../src/main/prompts/library'
import { dailyOrder, promptOfTheDay, type RotationInput } from '../../src/main/prompts/rotation'
import { addDays } from '../../src/shared/calendar'
import type { PromptTheme } from '../../src/shared/domain/prompt'

const themes: PromptTheme[] = ['fresh-perspectives', 'digital-fluency', 'inclusivity', 'relationship']
const prompts = Array.from({ length: 40 }, (_, i) => ({
  id: `p-${i}`,
  theme: themes[i % themes.length] ?? 'relationship',
}))

function input(over: Partial<RotationInput> = {}): RotationInput {
  return {
    prompts,
    hidden: new Set(),
    lastAnswered: new Map(),
    favouriteThemes: [],
    date: '2026-11-27',
    shuffle: 0,
    ...over,
  }
}

describe('prompt of the day', () => {
  it('is the same for the same date, whatever the order of the library', () => {
    const first = promptOfTheDay(input())
    expect(first).not.toBeNull()
    expect(promptOfTheDay(input({ prompts: [...prompts].reverse() }))).toBe(first)
  })

  it('changes from day to day', () => {
    const days = Array.from({ length: 10 }, (_, i) =>
      promptOfTheDay(input({ date: addDays('2026-11-01', i) })),
    )
    expect(new Set(days).size).toBeGreaterThan(5)
  })

  it('"another one" walks through different prompts and comes back round', () => {
    const ids = Array.from({ length: prompts.length }, (_, shuffle) => promptOfTheDay(input({ shuffle })))
    expect(new Set(ids).size).toBe(prompts.length)
    expect(promptOfTheDay(input({ shuffle: prompts.length }))).toBe(ids[0])
  })

  it('never offers a hidden prompt', () => {
    const hidden = new Set(prompts.slice(0, 39).map((p) => p.id))
    for (let shuffle = 0; shuffle < 5; shuffle++) {
      expect(promptOfTheDay(input({ hidden, shuffle }))).toBe('p-39')
    }
    expect(promptOfTheDay(input({ hidden: new Set(prompts.map((p) => p.id)) }))).toBeNull()
  })

  it('does not repeat a prompt answered in the last 30 days', () => {
    // Answer the prompt of the day every day for 60 days: no prompt may come back within 30 days.
    const lastAnswered = new Map<string, string>()
    const shown: Array<{ id: string; date: string }> = []
    for (let day = 0; day < 60; day++) {
      const date = addDays('2026-01-01', day)
      const id = promptOfTheDay(input({ date, lastAnswered }))
      if (id === null) throw new Error('no prompt')
      const before = shown.filter((s) => s.id === id).at(-1)
      if (before) expect(day - shown.indexOf(before)).toBeGreaterThanOrEqual(30)
      shown.push({ id, date })
      lastAnswered.set(id, date)
    }
  })

  it('offers a prompt again once 30 days have passed', () => {
    const two = [
      { id: 'older', theme: 'inclusivity' as const },
      { id: 'today', theme: 'inclusivity' as const },
    ]
    const answered = (older: string) =>
      new Map([
        ['older', older],
        ['today', '2026-11-27'],
      ])
    // 30 days ago: back in the rotation; the one answered today is not.
    expect(dailyOrder(input({ prompts: two, lastAnswered: answered('2026-10-28') }))).toEqual(['older'])
    // 29 days ago: both were answered recently, so the least recent comes back first rather than nothing.
    expect(dailyOrder(input({ prompts: two, lastAnswered: answered('2026-10-29') }))).toEqual([
      'older',
      'today',
    ])
  })

  it("favours the user's themes", () => {
    let favoured = 0
    for (let day = 0; day < 200; day++) {
      const id = promptOfTheDay(input({ date: addDays('2026-01-01', day), favouriteThemes: ['inclusivity'] }))
      if (prompts.find((p) => p.id === id)?.theme === 'inclusivity') favoured++
    }
    // One theme in four: about 50 days without favouring; with weight 4 about 114.
    expect(favoured).toBeGreaterThan(90)
  })

  it('works on the shipped library', async () => {
    const { prompts: library } = await loadBuiltIns('resources')
    const id = promptOfTheDay(input({ prompts: library }))
    expect(library.some((p) => p.id === id)).toBe(true)
  })
})
