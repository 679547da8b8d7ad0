import { useId } from 'react'
import { useNavigation } from '../../app/navigation'
import { BackupSettingsForm } from './BackupSettingsForm'

/** On the Settings screen: how many automatic backups are kept (the one place to change it). */
export function BackupSettingsCard() {
  const nav = useNavigation()
  const id = useId()
  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Backups</h2>
      <p className="muted">
        Tandem backs up your journal by itself every day and keeps the newest ones. To back up or restore now,{' '}
        <button type="button" className="link-button" onClick={() => nav.go({ screen: 'export' })}>
          open Backup and restore
        </button>
        .
      </p>
      <BackupSettingsForm />
    </section>
  )
}
