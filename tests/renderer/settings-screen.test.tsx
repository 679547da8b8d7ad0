import { QueryClientProvider } from '@tanstack/react-query'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import { NavigationProvider } from '../../src/renderer/src/app/navigation'
import { SettingsScreen } from '../../src/renderer/src/features/settings/SettingsScreen'
import { createQueryClient } from '../../src/renderer/src/lib/queries'
import {
  DEFAULT_DEVICE_SETTINGS,
  DEFAULT_JOURNAL_SETTINGS,
  type Settings,
} from '../../src/shared/domain/settings'
import type { Result } from '../../src/shared/errors'

const stored: Settings = { journal: DEFAULT_JOURNAL_SETTINGS, device: DEFAULT_DEVICE_SETTINGS }

/** window.tandem with only what the Settings screen asks for; settings:update is refused. */
function refusingMain() {
  const ok = <T,>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value })
  Object.assign(window, {
    tandem: {
      settings: {
        get: () => ok(stored),
        update: (): Promise<Result<Settings>> =>
          Promise.resolve({
            ok: false,
            error: { code: 'write-failed', message: 'The disk is full.' },
          }),
      },
      journal: {
        status: () => ok({ dataDir: '/home/ana/journal', problems: [] }),
        showFolder: () => ok(undefined),
      },
    },
  })
}

afterEach(cleanup)

describe('the Settings screen', () => {
  test('a refused change says it was not saved and the control goes back to what is stored', async () => {
    refusingMain()
    render(
      <QueryClientProvider client={createQueryClient()}>
        <NavigationProvider initial={{ screen: 'settings' }}>
          <SettingsScreen />
        </NavigationProvider>
      </QueryClientProvider>,
    )
    const dark = await screen.findByRole('radio', { name: 'Dark' })
    expect(await screen.findByText('/home/ana/journal')).toBeTruthy()
    await act(async () => {
      fireEvent.click(dark)
    })
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe('Your last change was not saved: The disk is full. Try again.')
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement).checked).toBe(false),
    )
    expect((screen.getByRole('radio', { name: 'Same as my system' }) as HTMLInputElement).checked).toBe(true)
  })
})
