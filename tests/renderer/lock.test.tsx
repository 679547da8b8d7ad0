import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { LockGate } from '../../src/renderer/src/app/LockGate'
import { TurnOnDialog } from '../../src/renderer/src/features/settings/TurnOnDialog'
import { lockNow } from '../../src/renderer/src/lib/lock-now'
import { lockState } from '../../src/renderer/src/lib/lock-state'
import { showNotice } from '../../src/renderer/src/lib/notices'
import { createQueryClient } from '../../src/renderer/src/lib/queries'
import { flushAllAutosaves } from '../../src/renderer/src/ui/useAutosave'
import type { LockStatus } from '../../src/shared/domain/privacy'
import { DEFAULT_DEVICE_SETTINGS } from '../../src/shared/domain/settings'
import type { Result } from '../../src/shared/errors'

vi.mock('../../src/renderer/src/lib/notices', async (actual) => {
  const real = await actual<typeof import('../../src/renderer/src/lib/notices')>()
  return { ...real, showNotice: vi.fn(real.showNotice) }
})
vi.mock('../../src/renderer/src/ui/useAutosave', async (actual) => ({
  ...(await actual<typeof import('../../src/renderer/src/ui/useAutosave')>()),
  flushAllAutosaves: vi.fn(async () => true),
}))

const RIGHT = 'the right passphrase'
const status = (locked: boolean, encrypted = true): LockStatus => ({
  encrypted,
  locked,
  lockAfterMinutes: 10,
  remembered: false,
  canRemember: false,
  transition: null,
  kdf: encrypted ? 'scrypt, N=2^17, r=8, p=1' : null,
})
const ok = <T,>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value })
const refused = (code: string, message: string, field?: string): Promise<Result<never>> =>
  Promise.resolve({ ok: false, error: { code, message, ...(field ? { field } : {}) } } as Result<never>)

/** window.tandem with the lock's and encryption's channels; `calls` records what the window asked. */
function fakeMain() {
  const calls: Array<[string, unknown]> = []
  const record = (name: string, input?: unknown) => calls.push([name, input])
  Object.assign(window, {
    tandem: {
      lock: {
        status: () => ok(status(true)),
        appearance: () => ok({ ...DEFAULT_DEVICE_SETTINGS, theme: 'dark', textSize: 125 }),
        unlock: ({ passphrase }: { passphrase: string }) => {
          record('unlock', passphrase)
          return passphrase === RIGHT
            ? ok(status(false))
            : refused(
                'wrong-passphrase',
                'That passphrase does not open this journal. Check it and try again.',
              )
        },
        now: () => {
          record('now')
          return ok(status(true))
        },
        windowAnswer: ({ answer }: { answer: string }) => {
          record('windowAnswer', answer)
          return ok(undefined)
        },
      },
      encryption: {
        prepare: () => {
          record('prepare')
          return ok({ recoveryKey: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX' })
        },
        turnOn: (input: unknown) => {
          record('turnOn', input)
          return refused(
            'invalid-input',
            'That is not the recovery key Tandem showed you. Check each group of four and type it again.',
            'recoveryKey',
          )
        },
      },
    },
  })
  return calls
}

beforeEach(() => lockState.update(status(true)))
afterEach(cleanup)

describe('the lock gate and its screen', () => {
  test('a wrong passphrase is said under the field; the right one shows the journal', async () => {
    const calls = fakeMain()
    render(
      <QueryClientProvider client={createQueryClient()}>
        <LockGate>
          <p>The journal itself</p>
        </LockGate>
      </QueryClientProvider>,
    )
    expect(await screen.findByRole('heading', { name: 'Your journal is locked' })).toBeTruthy()
    expect(screen.queryByText('The journal itself')).toBeNull()
    const field = screen.getByLabelText('Passphrase') as HTMLInputElement
    fireEvent.change(field, { target: { value: 'not it' } })
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('That passphrase does not open this journal')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(field.getAttribute('aria-describedby')).toBe(alert.id)
    expect(screen.queryByText('The journal itself')).toBeNull()

    fireEvent.change(field, { target: { value: RIGHT } })
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }))
    expect(await screen.findByText('The journal itself')).toBeTruthy()
    expect(calls.filter(([name]) => name === 'unlock').map(([, input]) => input)).toEqual(['not it', RIGHT])
  })

  test('an empty passphrase is not sent', async () => {
    const calls = fakeMain()
    render(
      <QueryClientProvider client={createQueryClient()}>
        <LockGate>
          <p>The journal itself</p>
        </LockGate>
      </QueryClientProvider>,
    )
    fireEvent.click(await screen.findByRole('button', { name: 'Unlock' }))
    expect((await screen.findByRole('alert')).textContent).toBe('Enter your passphrase.')
    expect(calls.some(([name]) => name === 'unlock')).toBe(false)
  })
})

describe('turning encryption on', () => {
  test('each step says what is wrong under its field, and a refused key keeps the user on the check', async () => {
    const calls = fakeMain()
    lockState.update(status(false, false))
    render(
      <QueryClientProvider client={createQueryClient()}>
        <TurnOnDialog open onClose={() => undefined} />
      </QueryClientProvider>,
    )
    const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }))
    fireEvent.change(screen.getByLabelText('Passphrase (at least 8 characters)'), {
      target: { value: 'short' },
    })
    next()
    expect((await screen.findByRole('alert')).textContent).toContain('Use at least 8 characters')
    fireEvent.change(screen.getByLabelText('Passphrase (at least 8 characters)'), {
      target: { value: 'long enough words' },
    })
    fireEvent.change(screen.getByLabelText('The same passphrase again'), {
      target: { value: 'long enough word' },
    })
    next()
    const mismatch = await screen.findByRole('alert')
    expect(mismatch.textContent).toBe('The two passphrases are not the same. Type them again.')
    expect(screen.getByLabelText('The same passphrase again').getAttribute('aria-describedby')).toBe(
      mismatch.id,
    )
    expect(calls.some(([name]) => name === 'prepare')).toBe(false)

    fireEvent.change(screen.getByLabelText('The same passphrase again'), {
      target: { value: 'long enough words' },
    })
    next()
    expect((await screen.findByText(/^ABCD-EFGH/)).textContent).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/)
    fireEvent.click(screen.getByRole('button', { name: 'I have kept it' }))
    fireEvent.change(await screen.findByLabelText('Recovery key'), { target: { value: 'ABCD' } })
    fireEvent.click(screen.getByRole('button', { name: 'Encrypt my journal' }))
    const wrongKey = await screen.findByRole('alert')
    expect(wrongKey.textContent).toContain('That is not the recovery key Tandem showed you')
    expect(screen.getByRole('heading', { name: 'Type your recovery key back' })).toBeTruthy()
    expect(calls.find(([name]) => name === 'turnOn')?.[1]).toEqual({
      passphrase: 'long enough words',
      recoveryKey: 'ABCD',
    })
  })
})

describe('locking when the shell asks', () => {
  test('the window answers "saving", saves, then locks', async () => {
    const calls = fakeMain()
    lockState.update(status(false))
    await lockNow({ askedByShell: true })
    expect(calls.map(([name, input]) => (input ? `${name}:${input}` : name))).toEqual([
      'windowAnswer:saving',
      'now',
    ])
    expect(lockState.get().phase).toBe('locked')
  })

  test('a save that fails keeps the journal open, tells the shell, and says so on screen', async () => {
    const calls = fakeMain()
    lockState.update(status(false))
    vi.mocked(flushAllAutosaves).mockResolvedValueOnce(false)
    await lockNow({ askedByShell: true })
    await waitFor(() =>
      expect(calls.map(([name, input]) => `${name}:${input}`)).toEqual([
        'windowAnswer:saving',
        'windowAnswer:kept-open',
      ]),
    )
    expect(lockState.get().phase).toBe('open')
    expect(vi.mocked(showNotice).mock.lastCall?.[0].message).toContain(
      'Tandem did not lock: a change could not be saved',
    )
  })

  test('Lock now from Settings does not speak for the shell', async () => {
    const calls = fakeMain()
    lockState.update(status(false))
    await lockNow()
    expect(calls.map(([name]) => name)).toEqual(['now'])
  })
})
