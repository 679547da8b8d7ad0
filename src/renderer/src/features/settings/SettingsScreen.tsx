import { useId, useState } from 'react'
import type { Settings, SettingsUpdate } from '../../../../shared/domain/settings'
import { useSlot } from '../../app/slots'
import { messageOf } from '../../lib/client'
import { LoadError } from '../../ui/LoadError'
import { AppearanceSettings } from './AppearanceSettings'
import { DatesAndNumbers } from './DatesAndNumbers'
import { JournalFolder } from './JournalFolder'
import { useUpdateSettings, withUpdate } from './mutations'
import { PrivacySettings } from './PrivacySettings'
import { useSettings } from './queries'
import { RemindersSettings } from './RemindersSettings'
import { StaleThreshold } from './StaleThreshold'

/** The app's settings: how it looks here, the journal's own settings, and where the journal is. */
export function SettingsScreen() {
  const settings = useSettings()
  const update = useUpdateSettings()
  const sections = useSlot('settings.sections')
  const id = useId()
  // What the controls show until the last change is answered: the cache follows a change only after
  // a tick, and a checkbox or radio must not flicker back to its old state in between.
  const [pending, setPending] = useState<Settings | null>(null)
  const shown = pending ?? settings.data
  const save = (change: SettingsUpdate) => {
    if (shown) setPending(withUpdate(shown, change))
    // Per-call callbacks run for the last call only: the overlay goes when the last change is answered.
    update.mutate(change, { onSettled: () => setPending(null) })
  }

  return (
    <div className="screen settings">
      <header className="screen-header">
        <div>
          <h1>Settings</h1>
          <p className="muted">Changes are saved as you make them.</p>
        </div>
      </header>
      {update.isError && (
        <p className="banner warning" role="alert" id={`${id}-error`}>
          {`Your last change was not saved: ${messageOf(update.error)} Try again.`}
        </p>
      )}
      {settings.isError ? (
        <LoadError error={settings.error} />
      ) : !shown ? (
        <p className="muted loading">Opening your settings…</p>
      ) : (
        <div className="settings-grid">
          <AppearanceSettings device={shown.device} onChange={(device) => save({ device })} />
          <DatesAndNumbers />
          <RemindersSettings
            reminders={shown.journal.reminders}
            onChange={(reminders) => save({ journal: { reminders } })}
          />
          <PrivacySettings />
          <StaleThreshold
            days={shown.journal.staleAfterDays}
            onChange={(staleAfterDays) => save({ journal: { staleAfterDays } })}
          />
          {sections.map(({ id: key, Component }) => (
            <Component key={key} />
          ))}
          <JournalFolder />
        </div>
      )}
    </div>
  )
}
