import type { WindowAnswer } from '../../../shared/contract/lock'
import { flushAllAutosaves } from '../ui/useAutosave'
import { messageOf, tandem, unwrap } from './client'
import { lockState } from './lock-state'
import { showNotice } from './notices'

/** Tells the shell how its "lock" is going; the shell only waits on it, so a refusal changes nothing. */
function answerShell(answer: WindowAnswer): Promise<unknown> {
  return tandem()
    .lock.windowAnswer({ answer })
    .catch(() => undefined)
}

/**
 * Locking: what every open editor holds is saved first; when a save fails, Tandem does not lock (the
 * text would be lost behind the lock screen) and says so. Asked by the shell (the menu, or the computer
 * going to sleep), the window first answers that it is saving, so the shell waits for it instead of
 * locking by itself while typing is still on its way.
 */
export async function lockNow(options: { askedByShell?: boolean } = {}): Promise<void> {
  const notify = (message: string) => showNotice({ message, notes: [] })
  if (options.askedByShell) void answerShell('saving')
  if (!(await flushAllAutosaves())) {
    if (options.askedByShell) void answerShell('kept-open')
    notify('Tandem did not lock: a change could not be saved. It is still on screen; try again in a moment.')
    return
  }
  try {
    const status = await unwrap(tandem().lock.now())
    if (!status.encrypted) {
      notify('Locking needs a passphrase: turn on encryption in Settings › Privacy first.')
      return
    }
    lockState.update(status)
  } catch (error) {
    notify(`Tandem could not lock. ${messageOf(error)}`)
  }
}
