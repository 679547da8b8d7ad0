import type { BackupSummary } from '../../../../shared/contract/export'
import { useNavigation } from '../../app/navigation'
import { messageOf } from '../../lib/client'
import { formatShortDate } from '../../lib/dates'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { BackupList } from './BackupList'
import { useBackupMutation, useInspectBackupMutation, useRestoreMutation } from './mutations'
import { RestoreOutcome } from './RestoreOutcome'

function summaryText(summary: BackupSummary): string {
  const sessions = summary.items.sessions ?? 0
  const made = formatShortDate(summary.createdAt.slice(0, 10))
  return `The backup from ${made} holds ${sessions} ${sessions === 1 ? 'session' : 'sessions'} (${summary.documents} files). It replaces everything in your journal now. Tandem first saves your current journal as a backup, so you can go back.`
}

/** The whole journal to one JSON file, and back. */
export function BackupCard() {
  const nav = useNavigation()
  const backup = useBackupMutation()
  const inspect = useInspectBackupMutation()
  const restore = useRestoreMutation()
  const pending = inspect.data ?? null

  return (
    <section className="card export-card" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup and restore</h2>
      <p className="muted">
        A backup file holds your whole journal. Keep it somewhere safe, or move your journal to another
        computer with it.
      </p>
      <div className="row">
        <button type="button" className="button" disabled={backup.isPending} onClick={() => backup.mutate()}>
          Back up journal…
        </button>
        <button
          type="button"
          className="button"
          disabled={inspect.isPending || restore.isPending}
          onClick={() => {
            restore.reset()
            inspect.mutate()
          }}
        >
          Restore from backup…
        </button>
      </div>
      {backup.data && (
        <p className="export-result" role="status">
          Backup saved to <code>{backup.data.path}</code>
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
        onCancel={() => inspect.reset()}
        onConfirm={() => {
          if (pending) restore.mutate(pending.token, { onSettled: () => inspect.reset() })
        }}
      />
    </section>
  )
}
