import { describe, expect, it } from 'vitest'
import { problemsHeading } from '../../src/shared/journal-problems'

describe('the problems banner heading', () => {
  it('speaks of the journal only when a journal file is at fault', () => {
    expect(problemsHeading([{ kind: 'set-aside' }])).toBe('Some of your journal could not be read.')
    expect(problemsHeading([{ kind: 'newer-version' }])).toBe('Some of your journal could not be read.')
  })

  it('says the journal is fine when only a built-in file was skipped', () => {
    expect(problemsHeading([{ kind: 'skipped-resource' }, { kind: 'skipped-resource' }])).toBe(
      'Some of Tandem’s built-in files could not be read. Your journal is fine.',
    )
  })

  it('names both when both kinds are present', () => {
    expect(problemsHeading([{ kind: 'skipped-resource' }, { kind: 'set-aside' }])).toBe(
      'Some of your journal and some of Tandem’s built-in files could not be read.',
    )
  })

  it('says changes were merged when a file changed outside Tandem, and nothing else happened', () => {
    expect(problemsHeading([{ kind: 'merged' }])).toBe(
      'Your journal was changed outside Tandem, and Tandem merged the changes.',
    )
    expect(problemsHeading([{ kind: 'merged' }, { kind: 'set-aside' }])).toBe(
      'Some of your journal could not be read.',
    )
  })
})
