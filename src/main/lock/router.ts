import type { encryptionChannels } from '../../shared/contract/encryption'
import type { lockChannels, WindowAnswer } from '../../shared/contract/lock'
import type { DeviceSettings } from '../../shared/domain/settings'
import { createRouter, type Router } from '../router'
import type { LockController } from './controller'

export type LockChannel = keyof typeof lockChannels | keyof typeof encryptionChannels

/** The lock's and encryption's channels: answered whether or not the journal is open. */
export const isLockChannel = (channel: unknown): channel is LockChannel =>
  typeof channel === 'string' && (channel.startsWith('lock:') || channel.startsWith('encryption:'))

/** What the lock router answers from outside the lock: this computer's look, and the window's answers. */
export interface LockShell {
  device(): DeviceSettings
  hearWindow(answer: WindowAnswer): void
}

export function createLockRouter(
  lock: LockController,
  shell: LockShell,
  log?: (error: unknown) => void,
): Router {
  return createRouter<LockChannel>(
    {
      'lock:status': () => lock.status(),
      'lock:unlock': ({ passphrase }) => lock.unlock(passphrase),
      'lock:recover': ({ recoveryKey, newPassphrase }) => lock.recover(recoveryKey, newPassphrase),
      'lock:now': () => lock.lock(),
      'lock:appearance': () => shell.device(),
      'lock:window-answer': ({ answer }) => shell.hearWindow(answer),
      'lock:remember': ({ remember }) => lock.remember(remember),
      'encryption:prepare': () => lock.prepare(),
      'encryption:save-recovery-key': () => lock.saveRecoveryKey(),
      'encryption:turn-on': ({ passphrase, recoveryKey }) => lock.turnOn(passphrase, recoveryKey),
      'encryption:turn-off': ({ passphrase }) => lock.turnOff(passphrase),
      'encryption:change-passphrase': ({ current, next }) => lock.changePassphrase(current, next),
      'encryption:set-lock-after': ({ minutes }) => lock.setLockAfter(minutes),
    },
    log,
  )
}
