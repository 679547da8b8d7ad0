import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { TandemClientError } from '../../src/renderer/src/lib/client'
import { AutosaveHarness } from './autosave-harness'

/** The autosave waits this long after the last keystroke (useAutosave's default). */
const DELAY = 600

/** A save the test finishes by hand, to look at the screen while it is on its way. */
function controlledSave() {
  const calls: string[] = []
  // One entry per save still on its way, oldest first.
  const waiting: Array<{ resolve: (saved: boolean) => void; reject: (error: unknown) => void }> = []
  const save = vi.fn(
    (value: string) =>
      new Promise<boolean>((resolve, reject) => {
        calls.push(value)
        waiting.push({ resolve, reject })
      }),
  )
  return {
    save,
    calls,
    async finish(saved = true) {
      await act(async () => waiting.shift()?.resolve(saved))
    },
    async fail(error: unknown) {
      await act(async () => waiting.shift()?.reject(error))
    },
  }
}

const status = () => screen.getByRole('status')
const type = (text: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: text } })
const wait = (ms: number) => act(async () => vi.advanceTimersByTimeAsync(ms))

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('autosave', () => {
  test('says nothing before the first change, and "Saved" for a loaded text', () => {
    const { save } = controlledSave()
    render(<AutosaveHarness initial="" save={save} />)
    expect(status()).toHaveProperty('textContent', '')
    cleanup()
    render(<AutosaveHarness initial="Miro basics" save={save} loaded />)
    expect(status()).toHaveProperty('textContent', 'Saved')
    expect(save).not.toHaveBeenCalled()
  })

  test('waits until typing stops, then saves the latest text once', async () => {
    const saving = controlledSave()
    render(<AutosaveHarness initial="" save={saving.save} />)
    type('M')
    expect(status().textContent).toBe('Saving…')
    await wait(DELAY - 100)
    type('Miro')
    await wait(DELAY - 1)
    expect(saving.save).not.toHaveBeenCalled()
    await wait(1)
    expect(saving.calls).toEqual(['Miro'])
    expect(status().textContent).toBe('Saving…')
    await saving.finish()
    expect(status().textContent).toBe('Saved')
    // Nothing changed since: no second save, however long the editor stays open.
    await wait(DELAY * 5)
    expect(saving.save).toHaveBeenCalledTimes(1)
  })

  test('a change made while a save is on its way is saved right after it, never at the same time', async () => {
    const saving = controlledSave()
    render(<AutosaveHarness initial="" save={saving.save} />)
    type('First draft')
    await wait(DELAY)
    type('Second draft')
    await wait(DELAY * 3)
    expect(saving.calls).toEqual(['First draft'])
    // The second save was waiting for the first: it starts the moment the first lands.
    await saving.finish()
    expect(saving.calls).toEqual(['First draft', 'Second draft'])
    expect(status().textContent).toBe('Saving…')
    await saving.finish()
    expect(status().textContent).toBe('Saved')
  })

  test('a refused save keeps the text, says why, and names the field', async () => {
    const saving = controlledSave()
    render(<AutosaveHarness initial="" save={saving.save} />)
    type('A very long session')
    await wait(DELAY)
    await saving.fail(new TandemClientError('invalid-input', 'Give it a shorter title.', 'title'))
    expect(status().textContent).toBe('Not saved — Give it a shorter title.')
    expect(screen.getByRole('alert').textContent).toBe('Give it a shorter title.')
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'A very long session')

    // The reason stays on screen while the user fixes the text, until the next save answers.
    type('A session')
    expect(status().textContent).toBe('Not saved — Give it a shorter title.')
    await wait(DELAY)
    expect(saving.calls).toEqual(['A very long session', 'A session'])
    expect(status().textContent).toBe('Saving…')
    await saving.finish()
    expect(status().textContent).toBe('Saved')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  test('an unexpected failure is told in plain words, not as the raw error', async () => {
    const saving = controlledSave()
    render(<AutosaveHarness initial="" save={saving.save} />)
    type('Notes')
    await wait(DELAY)
    await saving.fail(new Error('EIO: i/o error, write'))
    expect(status().textContent).toBe('Not saved — Something went wrong. Try again in a moment.')
    // Not tied to a field, so no field shows it.
    expect(screen.queryByRole('alert')).toBeNull()
  })

  test('nothing worth saving yet (the save answers false) shows no status and saves again on the next change', async () => {
    const saving = controlledSave()
    render(<AutosaveHarness initial="" save={saving.save} />)
    type(' ')
    await wait(DELAY)
    await saving.finish(false)
    expect(status().textContent).toBe('')
    type(' Retro')
    await wait(DELAY)
    expect(saving.calls).toEqual([' ', ' Retro'])
  })

  test('typing back the stored text cancels the pending save', async () => {
    const saving = controlledSave()
    render(<AutosaveHarness initial="Kick-off" save={saving.save} loaded />)
    type('Kick-of')
    type('Kick-off')
    await wait(DELAY * 2)
    expect(saving.save).not.toHaveBeenCalled()
  })

  test('leaving the editor saves what is still waiting instead of dropping it', async () => {
    const saving = controlledSave()
    const { unmount } = render(<AutosaveHarness initial="" save={saving.save} />)
    type('Typed just before leaving')
    unmount()
    await act(async () => undefined)
    expect(saving.calls).toEqual(['Typed just before leaving'])
  })
})
