import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import { lineError, rememberStoredIds, sentLines } from '../../src/renderer/src/ui/checklist'
import { ChecklistHarness } from './checklist-harness'

afterEach(cleanup)

const line = (key: string, text: string) => ({ key, text, done: false, due: null })

describe('checklist lines as the editor sends them', () => {
  test('blank lines stay on screen but are not sent', () => {
    const lines = [line('a', 'Book a room'), line('b', '   '), line('c', ''), line('d', 'Send the deck')]
    expect(sentLines(lines).map((l) => l.key)).toEqual(['a', 'd'])
  })

  test('after a save, each sent line learns the id main gave it, in order', () => {
    const ids = new Map([['loaded', 'id-loaded']])
    const sent = [{ key: 'loaded' }, { key: 'new-1' }, { key: 'new-2' }]
    rememberStoredIds(ids, sent, [{ id: 'id-loaded' }, { id: 'id-1' }])
    // A line main did not answer for (yet) keeps no id rather than a neighbour's.
    expect(Object.fromEntries(ids)).toEqual({ loaded: 'id-loaded', 'new-1': 'id-1' })
  })

  test('a refused line shows its error at that line only, even with blank lines between', () => {
    const lines = [line('a', 'Fine'), line('blank', ''), line('b', 'Too long')]
    const sent = sentLines(lines)
    const error = { field: 'actionItems.1.text', message: 'An action item is too long.' }
    expect(lineError(error, 'actionItems', sent, 'b')).toBe('An action item is too long.')
    expect(lineError(error, 'actionItems', sent, 'a')).toBeUndefined()
    expect(lineError(error, 'actionItems', sent, 'blank')).toBeUndefined()
    // Another list's error, a field-less error and no error are nobody's.
    expect(lineError({ ...error, field: 'milestones.1.text' }, 'actionItems', sent, 'b')).toBeUndefined()
    expect(lineError({ ...error, field: undefined }, 'actionItems', sent, 'b')).toBeUndefined()
    expect(lineError(null, 'actionItems', sent, 'b')).toBeUndefined()
  })
})

describe('editing a checklist', () => {
  test('adding a line puts the cursor in it, ready to type', async () => {
    render(<ChecklistHarness initial={[line('a', 'Book a room')]} />)
    fireEvent.click(screen.getByRole('button', { name: '+ Add line' }))
    const added = screen.getByRole('textbox', { name: 'Line 2' })
    expect(added).toHaveProperty('value', '')
    await waitFor(() => expect(document.activeElement).toBe(added))
  })

  test('typing, ticking and removing change only their own line', async () => {
    render(<ChecklistHarness initial={[line('a', 'Book a room'), line('b', 'Send the deck')]} />)
    fireEvent.change(screen.getByRole('textbox', { name: 'Line 2' }), {
      target: { value: 'Send the slides' },
    })
    fireEvent.click(screen.getByRole('checkbox', { name: 'Done: line 1' }))
    expect(screen.getByRole('textbox', { name: 'Line 1' })).toHaveProperty('value', 'Book a room')
    expect(screen.getByRole('textbox', { name: 'Line 2' })).toHaveProperty('value', 'Send the slides')
    expect(screen.getByRole('checkbox', { name: 'Done: line 1' })).toHaveProperty('checked', true)
    expect(screen.getByRole('checkbox', { name: 'Done: line 2' })).toHaveProperty('checked', false)

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Remove line 1' })))
    expect(screen.getAllByRole('textbox').map((box) => (box as HTMLInputElement).value)).toEqual([
      'Send the slides',
    ])
  })

  test('two checklists on one screen never share input ids', () => {
    render(
      <>
        <ChecklistHarness initial={[line('same-key', 'Goal milestone')]} />
        <ChecklistHarness initial={[line('same-key', 'Session action item')]} />
      </>,
    )
    const ids = screen.getAllByRole('textbox').map((box) => box.id)
    expect(new Set(ids).size).toBe(2)
  })
})
