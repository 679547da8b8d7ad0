import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Settings, SettingsUpdate } from '../../../../shared/domain/settings'
import { tandem, unwrap } from '../../lib/client'
import { settingsKeys } from './queries'

/** The settings as they will be once `update` is saved. */
export function withUpdate(settings: Settings, update: SettingsUpdate): Settings {
  return {
    journal: {
      ...settings.journal,
      ...(update.journal?.staleAfterDays === undefined
        ? {}
        : { staleAfterDays: update.journal.staleAfterDays }),
      reminders: { ...settings.journal.reminders, ...update.journal?.reminders },
    },
    device: { ...settings.device, ...update.device },
  }
}

const updateKey = [...settingsKeys.all, 'update'] as const

/**
 * Changes some settings. The change shows at once (a theme or text size applies before main answers).
 * Main answers each change with all settings as they then are; while a later change is still on its
 * way, an earlier answer would undo it on screen, so only the last answer is written to the cache. If
 * main refuses a change, the settings are asked for again and the error is the mutation's.
 */
export function useUpdateSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationKey: updateKey,
    mutationFn: (update: SettingsUpdate) => unwrap(tandem().settings.update(update)),
    onMutate: (update) => {
      const before = client.getQueryData<Settings>(settingsKeys.all)
      if (before) client.setQueryData(settingsKeys.all, withUpdate(before, update))
    },
    onError: () => client.invalidateQueries({ queryKey: settingsKeys.all, exact: true }),
    onSuccess: (settings) => {
      // This mutation still counts until it settles: more than one means a later change is pending.
      if (client.isMutating({ mutationKey: updateKey }) <= 1) client.setQueryData(settingsKeys.all, settings)
    },
  })
}

/** Opens the journal folder in the system's file manager. */
export function useShowJournalFolderMutation() {
  return useMutation({ mutationFn: () => unwrap(tandem().journal.showFolder()) })
}
