import { describe, expect, it } from 'vitest'
import { followEdit, keepStars, ledgerLines } from '../../src/shared/domain/ledger-lines'

describe('the lines of a ledger, as stars name them', () => {
  it('drops list, checkbox, quote and heading marks, blank lines and repeats', () => {
    expect(ledgerLines('- one\n* [x] two\n\n1. three\n> four\n## five\n  - one  \n   ')).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
    ])
  })

  it('keeps only stars that still name a line, in the ledger order, 20 at most', () => {
    const ledger = { learned: '- b\n- a', shared: 'c' }
    expect(keepStars({ learned: ['a', 'gone', 'b'], shared: ['c'] }, ledger)).toEqual({
      learned: ['b', 'a'],
      shared: ['c'],
    })
    const many = Array.from({ length: 25 }, (_, n) => `line ${n}`)
    expect(
      keepStars({ learned: many, shared: [] }, { learned: many.join('\n'), shared: '' }).learned,
    ).toEqual(many.slice(0, 20))
    // A line too long to quote cannot hold a star.
    const long = 'x'.repeat(2001)
    expect(keepStars({ learned: [long], shared: [] }, { learned: long, shared: '' }).learned).toEqual([])
  })

  it('moves a star with its line when the line is edited in place, and drops it when the line goes', () => {
    const before = '- Pivot tables\n- Shortcuts'
    // A typo fixed in the starred line: the star follows.
    expect(followEdit(before, '- Pivot tables\n- Keyboard shortcuts', ['Shortcuts'])).toEqual([
      'Keyboard shortcuts',
    ])
    // A line added above: the star stays on its own text.
    expect(followEdit(before, '- New\n- Pivot tables\n- Shortcuts', ['Shortcuts'])).toEqual(['Shortcuts'])
    // The starred line deleted (or cut): no star moves to another line; the draft keeps it for the
    // line's return (paste, undo), and what is saved leaves it out.
    const cut = followEdit(before, '- Pivot tables', ['Shortcuts'])
    expect(cut).toEqual(['Shortcuts'])
    expect(
      keepStars({ learned: cut, shared: [] }, { learned: '- Pivot tables', shared: '' }).learned,
    ).toEqual([])
    expect(followEdit('- Pivot tables', '- Shortcuts\n- Pivot tables', cut)).toEqual(['Shortcuts'])
    // Rewritten into a copy of another line: the star is not moved onto that line.
    expect(followEdit('- a\n- b\n- c', '- a\n- a\n- c', ['b'])).toEqual(['b'])
    expect(
      keepStars({ learned: ['b'], shared: [] }, { learned: '- a\n- a\n- c', shared: '' }).learned,
    ).toEqual([])
    expect(followEdit(before, '- Pivot tables!\n- Shortcuts', [])).toEqual([])
  })
})
