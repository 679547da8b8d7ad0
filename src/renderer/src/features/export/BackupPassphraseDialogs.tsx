import { useState } from 'react'
import type { BackupResult, BackupSummary, LockedBackup } from '../../../../shared/contract/export'
import { problemOf } from '../../lib/client'
import { FormDialog } from '../../ui/FormDialog'
import { NewPassphraseFields, newPassphraseProblem, PasswordField } from '../../ui/PasswordField'
import { useBackupMutation, useOpenBackupMutation } from './mutations'

type Problem = { message: string; field: string | undefined }

/**
 * A backup for moving elsewhere: the passphrase it is sealed with, typed twice. The file then opens in
 * any journal on any computer with that passphrase, and with nothing else.
 */
export function PortableBackupDialog({
  open,
  onClose,
  onSaved,
}: {
  open: boolean
  onClose(): void
  onSaved(result: BackupResult): void
}) {
  const backup = useBackupMutation()
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [problem, setProblem] = useState<Problem | null>(null)
  const reset = () => {
    setPassphrase('')
    setConfirm('')
    setProblem(null)
    backup.reset()
  }
  const submit = async () => {
    const typed = newPassphraseProblem(passphrase, confirm)
    setProblem(typed)
    if (typed) return
    try {
      const saved = await backup.mutateAsync({ passphrase })
      // Cancelled in the Save dialog: the passphrase stays, so another try needs no retyping.
      if (saved === null) return
      onSaved(saved)
      onClose()
    } catch (error) {
      setProblem(problemOf(error))
    }
  }
  const at = (field: string) => (problem?.field === field ? problem.message : null)
  return (
    <FormDialog
      open={open}
      title="Back up for another computer"
      submitLabel={backup.isPending ? 'Saving…' : 'Choose where to save…'}
      pending={backup.isPending}
      error={
        problem && problem.field !== 'passphrase' && problem.field !== 'confirm' ? problem.message : null
      }
      className="privacy-dialog"
      onOpen={reset}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <p>
        This backup gets a passphrase of its own. With it, the file opens in Tandem on any computer, in any
        journal. Without it, nobody can read the file, not even you.
      </p>
      <NewPassphraseFields
        id="portable-backup"
        label="Passphrase for this backup (at least 8 characters)"
        passphrase={passphrase}
        confirm={confirm}
        onPassphrase={setPassphrase}
        onConfirm={setConfirm}
        problemAt={at}
      />
    </FormDialog>
  )
}

/** A picked backup sealed with its own passphrase: asks for it, then hands on what the file holds. */
export function BackupPassphraseDialog({
  locked,
  onClose,
  onOpened,
}: {
  locked: LockedBackup | null
  onClose(): void
  onOpened(summary: BackupSummary): void
}) {
  const openBackup = useOpenBackupMutation()
  const [passphrase, setPassphrase] = useState('')
  const [problem, setProblem] = useState<Problem | null>(null)
  const reset = () => {
    setPassphrase('')
    setProblem(null)
    openBackup.reset()
  }
  const submit = async () => {
    if (!locked) return
    if (passphrase === '') {
      setProblem({ message: 'Enter the passphrase of this backup.', field: 'passphrase' })
      return
    }
    setProblem(null)
    try {
      onOpened(await openBackup.mutateAsync({ token: locked.token, passphrase }))
    } catch (error) {
      const found = problemOf(error)
      setProblem({ message: found.message, field: found.field === 'passphrase' ? 'passphrase' : undefined })
    }
  }
  return (
    <FormDialog
      open={locked !== null}
      title="This backup has its own passphrase"
      submitLabel={openBackup.isPending ? 'Opening…' : 'Open backup'}
      pending={openBackup.isPending}
      error={problem && problem.field !== 'passphrase' ? problem.message : null}
      className="privacy-dialog"
      onOpen={reset}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <p>
        Enter the passphrase chosen when this backup was made. Nothing in your journal changes until you
        confirm the restore.
      </p>
      {locked && (
        <p className="muted">
          <code>{locked.path}</code>
        </p>
      )}
      <PasswordField
        id="backup-open-passphrase"
        label="Backup passphrase"
        autoComplete="current-password"
        value={passphrase}
        problem={problem?.field === 'passphrase' ? problem.message : null}
        onChange={setPassphrase}
      />
    </FormDialog>
  )
}
