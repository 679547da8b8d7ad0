import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { commandForKey } from '../../../shared/menu-commands'
import { useBackupMutation } from '../features/export/mutations'
import { openSearch } from '../features/search/opener'
import { useUpdateSettings } from '../features/settings/mutations'
import { settingsQueries } from '../features/settings/queries'
import { lockNow } from '../lib/lock-now'
import { lockState } from '../lib/lock-state'
import { showNotice } from '../lib/notices'
import { createCommandRunner, runsOnMac } from './commands'
import { useNavigation } from './navigation'

/**
 * Runs the app's commands: those main sends (the menu, a clicked notification) and the same
 * commands from the keyboard, matched by the shared table. Where the menu takes the keys itself
 * (macOS in Electron), the page's key handler stands down so no key runs twice.
 */
export function useAppCommands(): void {
  const nav = useNavigation()
  const client = useQueryClient()
  const settings = useUpdateSettings()
  const backup = useBackupMutation()
  const latest = useRef({ nav, settings, backup })
  latest.current = { nav, settings, backup }

  const [run] = useState(() =>
    createCommandRunner({
      go: (route) => latest.current.nav.go(route),
      back: () => latest.current.nav.back(),
      forward: () => latest.current.nav.forward(),
      device: async () => (await client.ensureQueryData(settingsQueries.all())).device,
      updateDevice: (device) => latest.current.settings.mutateAsync({ device }),
      backUp: () => latest.current.backup.mutateAsync(),
      notify: (message) => showNotice({ message, notes: [] }),
      dialogOpen: () => document.querySelector('dialog:modal') !== null,
      openSearch,
      lock: () => lockNow({ askedByShell: true }),
      locked: () => lockState.locked(),
    }),
  )

  useEffect(() => {
    const shell = window.tandemShell
    const isMac = runsOnMac()
    const stopListening = shell.onCommand((command) => void run(command))
    function onKey(event: KeyboardEvent) {
      // A part of the page that handled the key itself has the last word; so has an input method.
      if (shell.keysHandledByMenu || event.defaultPrevented || event.isComposing || event.repeat) return
      const command = commandForKey(event, isMac)
      if (!command) return
      event.preventDefault()
      void run(command)
    }
    window.addEventListener('keydown', onKey)
    return () => {
      stopListening()
      window.removeEventListener('keydown', onKey)
    }
  }, [run])
}
