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

/**
 * Changes some settings. The change shows at once (a theme or text size applies before main answers);
 * if main refuses it, the settings go back to what main holds and the error is the mutation's.
 */
export function useUpdateSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (update: SettingsUpdate) => unwrap(tandem().settings.update(update)),
    onMutate: async (update) => {
      await client.cancelQueries({ queryKey: settingsKeys.all, exact: true })
      const before = client.getQueryData<Settings>(settingsKeys.all)
      if (before) client.setQueryData(settingsKeys.all, withUpdate(before, update))
    },
    onError: () => client.invalidateQueries({ queryKey: settingsKeys.all, exact: true }),
    onSuccess: (settings) => client.setQueryData(settingsKeys.all, settings),
  })
}

/** Opens the journal folder in the system's file manager. */
export function useShowJournalFolderMutation() {
  return useMutation({ mutationFn: () => unwrap(tandem().journal.showFolder()) })
}
