import { randomBytes, timingSafeEqual } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { DEFAULT_LOCK_AFTER_MINUTES } from '../../shared/domain/privacy'
import { TandemError } from '../../shared/errors'
import { createKeyFile, type KeyFile, type OpenKey, unlockWithPassphrase } from '../crypto/key-file'
import {
  formatRecoveryKey,
  parseRecoveryKey,
  RECOVERY_KEY_BYTES,
  recoveryKeySheet,
} from '../crypto/recovery-key'
import { PRIVATE_FILE_MODE } from '../store/durable-file'
import type { KeyState, LockedDoor } from './key-state'
import { retireKeyFile } from './key-store'
import { rewriteJournal } from './rewrite'

/**
 * The changes between a plain journal and an encrypted one: new keys in memory, the recovery key saved
 * where the user chooses, then every file rewritten (turning on or off), resumable after a crash. The
 * lock (controller.ts) runs each of these in its turn, so none overlaps another lock operation.
 */
export class EncryptionChanges {
  constructor(
    private readonly state: KeyState,
    private readonly door: LockedDoor,
  ) {}

  /** First step of turning encryption on: new keys, in memory only. */
  prepare(): { recoveryKey: string } {
    if (this.state.encrypted) throw new TandemError('conflict', 'Your journal is already encrypted.')
    this.state.pending?.dataKey.fill(0)
    this.state.pending = { dataKey: randomBytes(32), recovery: randomBytes(RECOVERY_KEY_BYTES) }
    return { recoveryKey: formatRecoveryKey(this.state.pending.recovery) }
  }

  async saveRecoveryKey(): Promise<{ path: string } | null> {
    const pending = this.requirePending()
    const choose = this.state.options.chooseSavePath
    if (!choose) {
      throw new TandemError(
        'not-allowed',
        'Tandem cannot show a Save dialog here. Copy the key or write it down.',
      )
    }
    const path = await choose('Tandem recovery key.txt', [{ name: 'Text', extensions: ['txt'] }])
    if (!path) return null
    await writeFile(path, recoveryKeySheet(formatRecoveryKey(pending.recovery)), { mode: PRIVATE_FILE_MODE })
    return { path }
  }

  private requirePending(): { dataKey: Buffer; recovery: Buffer } {
    if (this.state.encrypted) throw new TandemError('conflict', 'Your journal is already encrypted.')
    if (!this.state.pending) {
      throw new TandemError('invalid-input', 'Start again: Tandem needs to make a new recovery key first.')
    }
    return this.state.pending
  }

  async turnOn(passphrase: string, typedRecoveryKey: string): Promise<void> {
    const pending = this.requirePending()
    const typed = parseRecoveryKey(typedRecoveryKey)
    if (!typed || !timingSafeEqual(Buffer.from(typed), pending.recovery)) {
      throw new TandemError(
        'invalid-input',
        'That is not the recovery key Tandem showed you. Check each group of four and type it again.',
        'recoveryKey',
      )
    }
    const file = await createKeyFile(
      pending.dataKey,
      passphrase,
      pending.recovery,
      DEFAULT_LOCK_AFTER_MINUTES,
    )
    const key: OpenKey = { dataKey: Buffer.from(pending.dataKey), keyId: Buffer.from(file.keyId, 'hex') }
    pending.recovery.fill(0)
    this.state.pending = null
    await this.door.reopen(
      async () => {
        // From this write on the journal needs its key; each file then turns, one durable write at a time.
        await this.state.saveKeyFile(file)
        this.state.key = key
        await this.finishTransition(file)
        return this.state.cipherNow()
      },
      () => this.state.cipherNow(),
    )
  }

  async turnOff(passphrase: string): Promise<void> {
    const file = this.state.keyFile()
    this.state.requireOpen()
    const check = await unlockWithPassphrase(file, passphrase)
    check.dataKey.fill(0)
    await this.door.reopen(
      async () => {
        const turning: KeyFile = { ...file, state: 'turning-off' }
        await this.state.saveKeyFile(turning)
        await this.finishTransition(turning)
        return this.state.cipherNow()
      },
      () => this.state.cipherNow(),
    )
  }

  /**
   * Rewrites every file to the form `file.state` heads to, then records that it is done: state "on",
   * or no key file at all. Run with the features closed; resumable after a crash.
   */
  async finishTransition(file: KeyFile): Promise<void> {
    const state = this.state
    const key = state.requireOpen()
    const direction = file.state === 'turning-off' ? 'off' : 'on'
    state.transition = { direction, done: 0, total: 0 }
    try {
      const outcome = await rewriteJournal(state.options.dataDir, direction, key, state.fs, (done, total) => {
        state.transition = { direction, done, total }
      })
      if (direction === 'on') {
        await state.saveKeyFile({ ...file, state: 'on' })
      } else {
        await retireKeyFile(state.options.dataDir, outcome.left.length > 0, state.fs)
        await state.options.remembered.forget()
        state.rememberedNow = false
        state.file = { kind: 'absent' }
        key.dataKey.fill(0)
        state.key = null
      }
    } finally {
      state.transition = null
    }
  }
}
