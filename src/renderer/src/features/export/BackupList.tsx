import { useState } from 'react'
import type { BackupEntry, BackupKind } from '../../../../shared/contract/backups'
import { messageOf } from '../../lib/client'
import { formatMoment } from '../../lib/dates'
import { countOf, formatBytes } from '../../lib/numbers'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { useRestoreListedBackupMutation } from './mutations'
import { useBackups } from './queries'
import { RestoreOutcome } from './RestoreOutcome'

const kindLabels: Record<BackupKind, string> = {
  auto: 'Daily',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  other: 'Other',
}

const nouns: ReadonlyArray<[key: string, one: string, many: string]> = [
  ['sessions', 'session', 'sessions'],
  ['practice', 'practice entry', 'practice entries'],
  ['reflections', 'reflection', 'reflections'],
  ['goals', 'goal', 'goals'],
  ['skills', 'skill', 'skills'],
  ['partners', 'partner', 'partners'],
  ['programs', 'program', 'programs'],
]

/** "12 sessions · 3 goals": what the backup holds, kinds it has none of left out. */
export function countsText(counts: Record<string, number>): string {
  const parts = nouns.flatMap(([key, one, many]) => {
    const count = counts[key] ?? 0
    return count > 0 ? [countOf(count, one, many)] : []
  })
  return parts.length > 0 ? parts.join(' · ') : 'An empty journal'
}

/** The backups Tandem keeps in the journal folder, each one click (and a question) from being restored. */
export function BackupList() {
  const backups = useBackups()
  const restore = useRestoreListedBackupMutation()
  const [asking, setAsking] = useState<BackupEntry | null>(null)
  const failure = backups.data?.lastFailure ?? null
  const list = backups.data?.backups ?? []

  return (
    <div className="backup-list-area">
      <h3 id="backup-list-title">Backups Tandem made</h3>
      {failure && (
        <p className="banner-inline" role="alert">
          The daily backup of {formatMoment(failure.at)} failed: {failure.reason}
        </p>
      )}
      {backups.isError && (
        <p className="banner-inline" role="alert">
          {messageOf(backups.error)}
        </p>
      )}
      {backups.isPending ? (
        <p className="muted">Looking for backups…</p>
      ) : list.length === 0 ? (
        <p className="muted">None yet. Tandem backs up your journal once a day, after your first change.</p>
      ) : (
        <ul className="backup-list" aria-labelledby="backup-list-title">
          {list.map((backup) => (
            <li key={backup.file} className="backup-row">
              <div className="backup-what">
                <strong>{formatMoment(backup.createdAt)}</strong>
                <span className="badge subtle">{kindLabels[backup.kind]}</span>
                <span className="muted">{formatBytes(backup.sizeBytes)}</span>
              </div>
              <p className="muted backup-counts">{countsText(backup.counts)}</p>
              <button
                type="button"
                className="button small"
                aria-label={`Restore the backup of ${formatMoment(backup.createdAt)}`}
                disabled={restore.isPending}
                onClick={() => {
                  restore.reset()
                  setAsking(backup)
                }}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      <RestoreOutcome error={restore.isError ? restore.error : null} result={restore.data} />
      <ConfirmDialog
        open={asking !== null}
        title="Restore this backup?"
        message={
          asking
            ? `The backup of ${formatMoment(asking.createdAt)} holds ${countsText(asking.counts).toLowerCase()}. It replaces everything in your journal now. Tandem first saves your current journal as a backup, so you can go back.`
            : ''
        }
        confirmLabel="Restore"
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          const chosen = asking
          setAsking(null)
          if (chosen) restore.mutate(chosen.file)
        }}
      />
    </div>
  )
}
