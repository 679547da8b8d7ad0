import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { SearchDialog } from '../../src/renderer/src/features/search/SearchDialog'
import { createQueryClient } from '../../src/renderer/src/lib/queries'
import type { SearchHit, SearchQueryInput, SearchResults } from '../../src/shared/domain/search'
import type { Result } from '../../src/shared/errors'

const ok = <T,>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value })
const later = <T,>(ms: number, value: T): Promise<T> =>
  new Promise((resolve) => setTimeout(() => resolve(value), ms))

function hit(title: string, snippet: SearchHit['snippet']): SearchHit {
  return {
    kind: 'session',
    id: `id-${title}`,
    title,
    date: '2026-11-02',
    partnerId: null,
    field: 'notes',
    entryId: null,
    snippet,
    matchText: title,
    score: 1,
  }
}
const answer = (hits: SearchHit[]): SearchResults => ({
  hits,
  counts: { session: hits.length, reflection: 0, goal: 0, skill: 0, partner: 0 },
  indexed: true,
  tookMs: 1,
})

/** window.tandem with partners and a search that answers as `search` says. */
function main(search: (q: SearchQueryInput) => Promise<Result<SearchResults>>) {
  Object.assign(window, { tandem: { partners: { list: () => ok([]) }, search: { query: search } } })
}

function renderDialog() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <SearchDialog open onClose={() => undefined} onOpenHit={() => undefined} />
    </QueryClientProvider>,
  )
  return screen.getByRole('combobox', { name: 'Search your journal' }) as HTMLInputElement
}

beforeAll(() => {
  // happy-dom's <dialog> may lack showModal; the dialog only needs to be open.
  const proto = HTMLDialogElement.prototype as { showModal?: () => void }
  if (typeof proto.showModal !== 'function')
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '')
    }
})
afterEach(cleanup)

describe('the search dialog', () => {
  test('an answer that comes after a newer one is dropped', async () => {
    main((q) =>
      q.text === 'pear'
        ? later(400, {
            ok: true,
            value: answer([hit('Old pear answer', { text: 'pear', highlights: [[0, 4]] })]),
          })
        : later(10, {
            ok: true,
            value: answer([hit('Pears today', { text: 'pears', highlights: [[0, 5]] })]),
          }),
    )
    const box = renderDialog()
    fireEvent.change(box, { target: { value: 'pear' } })
    await new Promise((resolve) => setTimeout(resolve, 200))
    fireEvent.change(box, { target: { value: 'pears' } })
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Found 1 session for “pears”.'))
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(screen.getByRole('option').textContent).toContain('Pears today')
    expect(screen.queryByText('Old pear answer')).toBeNull()
  })

  test('highlights are <mark> cut from the offsets; the journal’s text is shown as text, never as markup', async () => {
    main(() => ok(answer([hit('Markup', { text: 'a <b>bold</b> retro plan', highlights: [[14, 19]] })])))
    const box = renderDialog()
    fireEvent.change(box, { target: { value: 'retro' } })
    const option = await screen.findByRole('option')
    expect(Array.from(option.querySelectorAll('mark'), (m) => m.textContent)).toEqual(['retro'])
    expect(option.querySelector('b')).toBeNull()
    expect(option.textContent).toContain('a <b>bold</b> retro plan')
  })

  test('an error keeps the typed words and says what went wrong', async () => {
    main(() =>
      Promise.resolve({ ok: false, error: { code: 'internal', message: 'The journal could not be read.' } }),
    )
    const box = renderDialog()
    fireEvent.change(box, { target: { value: 'budget' } })
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe('Search did not work. The journal could not be read.')
    expect(box.value).toBe('budget')
  })
})
