import { describe, expect, it } from 'vitest'
import { captureLines, skillNameOf } from '../../src/shared/skill-capture'

describe('capturing skills from a session', () => {
  it('turns each line of "What I learned" into a candidate, without markers, emphasis or repeats', () => {
    const learned = [
      '- Dot voting on a **Miro** board',
      '* sharing a screen in `Teams`',
      '1. Pinning a chat',
      '- [x] Muting a channel',
      '',
      '   ',
      '## Two-factor sign-in',
      '- dot voting on a miro board',
    ].join('\n')
    expect(captureLines(learned)).toEqual([
      'Dot voting on a Miro board',
      'sharing a screen in Teams',
      'Pinning a chat',
      'Muting a channel',
      'Two-factor sign-in',
    ])
    expect(captureLines('')).toEqual([])
  })

  it('keeps skill names within 120 characters, cut at a word', () => {
    const long = `${'word '.repeat(40)}end`
    const name = skillNameOf(long)
    expect(name.length).toBeLessThanOrEqual(120)
    expect(name.endsWith('word…')).toBe(true)
    expect(skillNameOf('Short')).toBe('Short')
  })
})
