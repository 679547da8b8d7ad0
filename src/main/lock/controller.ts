import { DEFAULT_LOCK_AFTER_MINUTES, type LockStatus } from '../../shared/domain/privacy'
import { TandemError } from '../../shared/errors'
import { describeKdf } from '../crypto/kdf'
import {
  type KeyFile,
  type OpenKey,
  rewrapPassphrase,
  unlockWithPassphrase,
  unlockWithRecovery,
} from '../crypto/key-file'
import { parseRecoveryKey } from '../crypto/recovery-key'
import type { FileCipher } from '../store/cipher'
import { EncryptionChanges } from './encryption'
import { KeyState, type LockedDoor, type LockOptions } from './key-state'

export type { LockedDoor, LockOptions } from './key-state'
export { lockedError } from './key-state'

/**
 * The journal's lock: whether the data key is in memory, unlocking with the passphrase or the recovery
 * key, locking, and the key file's settings. The changes between plain and encrypted are in
 * encryption.ts. One operation runs at a time (unlocking twice at once would open the features twice);
 * `status` answers at any moment, so a long rewrite can show its progress.
 */
export class LockController {
  private readonly state: KeyState
  private readonly changes: EncryptionChanges
  private turn: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly options: LockOptions,
    private readonly door: LockedDoor,
  ) {
    this.state = new KeyState(options)
    this.changes = new EncryptionChanges(this.state, door)
  }

  /** True when the journal has a key file: it starts locked. */
  get encrypted(): boolean {
    return this.state.encrypted
  }

  get locked(): boolean {
    return this.state.locked
  }

  /** The cipher to open the features with at start, or null when the journal must wait for its passphrase. */
  async atStart(): Promise<FileCipher | null> {
    const state = this.state
    if (state.file.kind === 'absent') return state.cipherNow()
    if (state.file.kind !== 'found') return null
    const file = state.file.file
    const dataKey = await this.options.remembered.read(file.keyId)
    if (!dataKey) return null
    state.rememberedNow = true
    state.key = { dataKey, keyId: Buffer.from(file.keyId, 'hex') }
    // A turn on or off that a crash cut short: finished before anything else reads the journal.
    if (file.state !== 'on') await this.changes.finishTransition(file)
    return state.cipherNow()
  }

  status(): LockStatus {
    const state = this.state
    const file = state.file.kind === 'found' ? state.file.file : null
    return {
      encrypted: state.encrypted,
      locked: state.locked,
      lockAfterMinutes: file?.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES,
      remembered: state.rememberedNow,
      canRemember: this.options.remembered.available,
      transition: state.transition ? { ...state.transition } : null,
      kdf: file ? describeKdf(file.passphrase.kdf) : null,
    }
  }

  /** Runs `work` after every operation asked for before it. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.turn.then(work, work)
    this.turn = run.catch(() => undefined)
    return run
  }

  unlock(passphrase: string): Promise<LockStatus> {
    return this.inTurn(async () => {
      if (!this.locked) return this.status()
      const file = this.state.keyFile()
      const key = await unlockWithPassphrase(file, passphrase)
      await this.openWith(file, key)
      return this.status()
    })
  }

  recover(recoveryKey: string, newPassphrase: string): Promise<LockStatus> {
    return this.inTurn(async () => {
      const file = this.state.keyFile()
      const bytes = parseRecoveryKey(recoveryKey)
      if (!bytes) {
        throw new TandemError(
          'wrong-passphrase',
          'That is not a recovery key: it has 52 letters and digits, in 13 groups of four. Check it and try again.',
          'recoveryKey',
        )
      }
      const key = unlockWithRecovery(file, bytes)
      bytes.fill(0)
      await this.state.saveKeyFile(await rewrapPassphrase(file, key.dataKey, newPassphrase))
      if (this.locked) await this.openWith(this.state.keyFile(), key)
      else key.dataKey.fill(0)
      return this.status()
    })
  }

  private async openWith(file: KeyFile, key: OpenKey): Promise<void> {
    this.state.key = key
    this.state.rememberedNow = await this.options.remembered.has(file.keyId)
    try {
      if (file.state !== 'on') await this.changes.finishTransition(file)
      await this.door.open(this.state.cipherNow())
    } catch (error) {
      this.state.dropKey()
      throw error
    }
  }

  /** Locks now: pending writes land, then the features and the data key are dropped. */
  lock(): Promise<LockStatus> {
    return this.inTurn(async () => {
      if (!this.encrypted || this.locked) return this.status()
      await this.door.close()
      this.state.dropKey()
      return this.status()
    })
  }

  remember(remember: boolean): Promise<LockStatus> {
    return this.inTurn(async () => {
      const file = this.state.keyFile()
      const key = this.state.requireOpen()
      if (remember) {
        if (!this.options.remembered.available) {
          throw new TandemError(
            'not-allowed',
            'This computer has no keychain Tandem can use to remember the key.',
          )
        }
        await this.options.remembered.remember(file.keyId, key.dataKey)
      } else {
        await this.options.remembered.forget()
      }
      this.state.rememberedNow = remember
      return this.status()
    })
  }

  /** First step of turning encryption on: new keys, in memory only. */
  prepare(): Promise<{ recoveryKey: string }> {
    return this.inTurn(async () => this.changes.prepare())
  }

  saveRecoveryKey(): Promise<{ path: string } | null> {
    return this.inTurn(() => this.changes.saveRecoveryKey())
  }

  turnOn(passphrase: string, typedRecoveryKey: string): Promise<LockStatus> {
    return this.inTurn(async () => {
      await this.changes.turnOn(passphrase, typedRecoveryKey)
      return this.status()
    })
  }

  turnOff(passphrase: string): Promise<LockStatus> {
    return this.inTurn(async () => {
      await this.changes.turnOff(passphrase)
      return this.status()
    })
  }

  changePassphrase(current: string, next: string): Promise<LockStatus> {
    return this.inTurn(async () => {
      const file = this.state.keyFile()
      this.state.requireOpen()
      const key = await unlockWithPassphrase(file, current).catch((error: unknown) => {
        if (error instanceof TandemError) throw new TandemError(error.code, error.message, 'current')
        throw error
      })
      await this.state.saveKeyFile(await rewrapPassphrase(file, key.dataKey, next))
      key.dataKey.fill(0)
      return this.status()
    })
  }

  setLockAfter(minutes: KeyFile['lockAfterMinutes']): Promise<LockStatus> {
    return this.inTurn(async () => {
      const file = this.state.keyFile()
      this.state.requireOpen()
      await this.state.saveKeyFile({ ...file, lockAfterMinutes: minutes })
      return this.status()
    })
  }
}
