import { useState } from 'react'
import type { BackupResult, BackupSummary } from '../../../../shared/contract/export'
import { useNavigation } from '../../app/navigation'
import { messageOf } from '../../lib/client'
import { formatShortDate } from '../../lib/dates'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { BackupList } from './BackupList'
import { BackupPassphraseDialog, PortableBackupDialog } from './BackupPassphraseDialogs'
import { useBackupMutation, useInspectBackupMutation, useRestoreMutation } from './mutations'
import { RestoreOutcome } from './RestoreOutcome'

function summaryText(summary: BackupSummary): string {
  const sessions = summary.items.sessions ?? 0
  const made = formatShortDate(summary.createdAt.slice(0, 10))
  return `The backup from ${made} holds ${sessions} ${sessions === 1 ? 'session' : 'sessions'} (${summary.documents} files). It replaces everything in your journal now. Tandem first saves your current journal as a backup, so you can go back.`
}

/** The whole journal to one JSON file, and back. */
export function BackupCard({ encrypted }: { encrypted: boolean }) {
  const nav = useNavigation()
  const backup = useBackupMutation()
  const inspect = useInspectBackupMutation()
  const restore = useRestoreMutation()
  const [portable, setPortable] = useState(false)
  const [saved, setSaved] = useState<BackupResult | null>(null)
  const [opened, setOpened] = useState<BackupSummary | null>(null)
  const picked = inspect.data ?? null
  const pending = picked?.kind === 'checked' ? picked : opened
  const locked = picked?.kind === 'needs-passphrase' && opened === null ? picked : null
  const forget = () => {
    inspect.reset()
    setOpened(null)
  }

  return (
    <section className="card export-card" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup and restore</h2>
      <p className="muted">
        A backup file holds your whole journal. Keep it somewhere safe. To move your journal to another
        computer, back it up for another computer: that file gets a passphrase of its own.
        {encrypted
          ? ''
          : ' An ordinary backup of this journal is not encrypted, so anyone who opens the file can read it.'}
      </p>
      <div className="row">
        <button
          type="button"
          className="button"
          disabled={backup.isPending}
          onClick={() => {
            setSaved(null)
            backup.mutate(undefined, { onSuccess: (result) => setSaved(result) })
          }}
        >
          Back up journal…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setSaved(null)
            setPortable(true)
          }}
        >
          Back up for another computer…
        </button>
        <button
          type="button"
          className="button"
          disabled={inspect.isPending || restore.isPending}
          onClick={() => {
            restore.reset()
            setOpened(null)
            inspect.mutate()
          }}
        >
          Restore from backup…
        </button>
      </div>
      {saved && (
        <p className="export-result" role="status">
          Backup saved to <code>{saved.path}</code>
          {saved.ownPassphrase ? '. It opens with its own passphrase, on any computer.' : ''}
        </p>
      )}
      {backup.isError && (
        <p className="field-error" role="alert">
          {messageOf(backup.error)}
        </p>
      )}
      {inspect.isError && (
        <p className="banner-inline" role="alert">
          {messageOf(inspect.error)}
        </p>
      )}
      <RestoreOutcome error={restore.isError ? restore.error : null} result={restore.data} />
      <BackupList />
      <p className="muted">
        Tandem also backs up your journal by itself every day.{' '}
        <button type="button" className="link-button" onClick={() => nav.go({ screen: 'settings' })}>
          Choose how many backups to keep in Settings
        </button>
      </p>
      <ConfirmDialog
        open={pending !== null && !restore.isPending && !restore.isSuccess}
        title="Restore this backup?"
        message={pending ? summaryText(pending) : ''}
        confirmLabel="Restore"
        onCancel={forget}
        onConfirm={() => {
          if (pending) restore.mutate(pending.token, { onSettled: forget })
        }}
      />
      <PortableBackupDialog open={portable} onClose={() => setPortable(false)} onSaved={setSaved} />
      <BackupPassphraseDialog locked={locked} onClose={forget} onOpened={setOpened} />
    </section>
  )
}
