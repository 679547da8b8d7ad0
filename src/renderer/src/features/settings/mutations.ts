import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { SettingsUpdate } from '../../../../shared/domain/settings'
import { tandem, unwrap } from '../../lib/client'
import { settingsKeys } from './queries'

/** Changes some settings; the cache takes main's answer (all settings as they now are). */
export function useUpdateSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (update: SettingsUpdate) => unwrap(tandem().settings.update(update)),
    onSuccess: (settings) => client.setQueryData(settingsKeys.all, settings),
  })
}
