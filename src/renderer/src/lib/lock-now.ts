import { flushAllAutosaves } from '../ui/useAutosave'
import { messageOf, tandem, unwrap } from './client'
import { lockState } from './lock-state'
import { showNotice } from './notices'

/**
 * Locking: what every open editor holds is saved first; when a save fails, Tandem does not lock (the
 * text would be lost behind the lock screen) and says so.
 */
export async function lockNow(): Promise<void> {
  const notify = (message: string) => showNotice({ message, notes: [] })
  if (!(await flushAllAutosaves())) {
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
