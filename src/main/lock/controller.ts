import { randomBytes, timingSafeEqual } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import {
  DEFAULT_LOCK_AFTER_MINUTES,
  type EncryptionTransition,
  type LockStatus,
} from '../../shared/domain/privacy'
import { TandemError } from '../../shared/errors'
import { describeKdf } from '../crypto/kdf'
import {
  createKeyFile,
  type KeyFile,
  type OpenKey,
  rewrapPassphrase,
  unlockWithPassphrase,
  unlockWithRecovery,
} from '../crypto/key-file'
import {
  formatRecoveryKey,
  parseRecoveryKey,
  RECOVERY_KEY_BYTES,
  recoveryKeySheet,
} from '../crypto/recovery-key'
import { type FileCipher, keyedFiles, PLAIN_FILES } from '../store/cipher'
import { type DurableFs, nodeDurableFs, PRIVATE_FILE_MODE } from '../store/durable-file'
import { type KeyFileState, type RememberedKey, readKeyFile, retireKeyFile, writeKeyFile } from './key-store'
import { rewriteJournal } from './rewrite'

/** What the lock controls: the features, opened on the journal with a cipher, and closed again. */
export interface LockedDoor {
  /** Opens the features with `cipher` (the journal's files are at rest). */
  open(cipher: FileCipher): Promise<void>
  /** Lets pending writes land, then drops the features and everything they hold in memory. */
  close(): Promise<void>
  /**
   * Closes the features, runs `work` on the folder at rest, then opens them with the cipher `work`
   * answers, or with `fallback()` when `work` failed part way.
   */
  reopen(work: () => Promise<FileCipher>, fallback: () => FileCipher): Promise<void>
}

export interface LockOptions {
  dataDir: string
  fs?: DurableFs
  remembered: RememberedKey
  chooseSavePath?: (name: string, filters: { name: string; extensions: string[] }[]) => Promise<string | null>
}

export const lockedError = () =>
  new TandemError('locked', 'Tandem is locked. Enter your passphrase to open your journal.')

/**
 * The journal's lock and its encryption: whether the data key is in memory, and every change between
 * plain and encrypted. One operation runs at a time (unlocking twice at once would open the features
 * twice); `status` answers at any moment, so a long rewrite can show its progress.
 */
export class LockController {
  private keyState: KeyFileState
  private key: OpenKey | null = null
  private transition: EncryptionTransition | null = null
  private pending: { dataKey: Buffer; recovery: Buffer } | null = null
  private turn: Promise<unknown> = Promise.resolve()
  private rememberedNow = false
  private readonly fs: DurableFs

  constructor(
    private readonly options: LockOptions,
    private readonly door: LockedDoor,
  ) {
    this.fs = options.fs ?? nodeDurableFs
    this.keyState = readKeyFile(options.dataDir)
  }

  /** True when the journal has a key file: it starts locked. */
  get encrypted(): boolean {
    return this.keyState.kind !== 'absent'
  }

  get locked(): boolean {
    return this.encrypted && this.key === null
  }

  /** The cipher to open the features with at start, or null when the journal must wait for its passphrase. */
  async atStart(): Promise<FileCipher | null> {
    if (this.keyState.kind === 'absent') return PLAIN_FILES
    if (this.keyState.kind !== 'found') return null
    const file = this.keyState.file
    const dataKey = await this.options.remembered.read(file.keyId)
    if (!dataKey) return null
    this.rememberedNow = true
    this.key = { dataKey, keyId: Buffer.from(file.keyId, 'hex') }
    if (file.state !== 'on') {
      // A turn on or off that a crash cut short: finished before anything else reads the journal.
      await this.finishTransition(file)
    }
    return this.cipherNow()
  }

  status(): LockStatus {
    const file = this.keyState.kind === 'found' ? this.keyState.file : null
    return {
      encrypted: this.encrypted,
      locked: this.locked,
      lockAfterMinutes: file?.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES,
      remembered: this.rememberedNow,
      canRemember: this.options.remembered.available,
      transition: this.transition ? { ...this.transition } : null,
      kdf: file ? describeKdf(file.passphrase.kdf) : null,
    }
  }

  /** Runs `work` after every operation asked for before it. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.turn.then(work, work)
    this.turn = run.catch(() => undefined)
    return run
  }

  private keyFile(): KeyFile {
    if (this.keyState.kind === 'found') return this.keyState.file
    if (this.keyState.kind === 'damaged') {
      throw new TandemError(
        'invalid-input',
        `Tandem cannot open this journal: its key file (tandem-key.json) ${this.keyState.reason}. Tandem has not changed it. If you have a copy of the journal folder from before, its key file may open it.`,
      )
    }
    throw new TandemError('invalid-input', 'This journal is not encrypted.')
  }

  private cipherNow(): FileCipher {
    if (this.keyState.kind !== 'found' || !this.key) return PLAIN_FILES
    const mode = this.keyState.file.state === 'on' ? 'sealed' : this.keyState.file.state
    return keyedFiles({ ...this.key, mode })
  }

  private async saveKeyFile(file: KeyFile): Promise<void> {
    await writeKeyFile(this.options.dataDir, file, this.fs)
    this.keyState = { kind: 'found', file }
  }

  unlock(passphrase: string): Promise<LockStatus> {
    return this.inTurn(async () => {
      if (!this.locked) return this.status()
      const file = this.keyFile()
      const key = await unlockWithPassphrase(file, passphrase)
      await this.openWith(file, key)
      return this.status()
    })
  }

  recover(recoveryKey: string, newPassphrase: string): Promise<LockStatus> {
    return this.inTurn(async () => {
      const file = this.keyFile()
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
      await this.saveKeyFile(await rewrapPassphrase(file, key.dataKey, newPassphrase))
      if (this.locked) await this.openWith(this.keyFile(), key)
      else key.dataKey.fill(0)
      return this.status()
    })
  }

  private async openWith(file: KeyFile, key: OpenKey): Promise<void> {
    this.key = key
    this.rememberedNow = await this.options.remembered.has(file.keyId)
    try {
      if (file.state !== 'on') await this.finishTransition(file)
      await this.door.open(this.cipherNow())
    } catch (error) {
      this.dropKey()
      throw error
    }
  }

  /** Locks now: pending writes land, then the features and the data key are dropped. */
  lock(): Promise<LockStatus> {
    return this.inTurn(async () => {
      if (!this.encrypted || this.locked) return this.status()
      await this.door.close()
      this.dropKey()
      return this.status()
    })
  }

  private dropKey(): void {
    this.key?.dataKey.fill(0)
    this.key = null
    this.pending?.dataKey.fill(0)
    this.pending?.recovery.fill(0)
    this.pending = null
  }

  private requireOpen(): OpenKey {
    if (!this.key) throw lockedError()
    return this.key
  }

  remember(remember: boolean): Promise<LockStatus> {
    return this.inTurn(async () => {
      const file = this.keyFile()
      const key = this.requireOpen()
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
      this.rememberedNow = remember
      return this.status()
    })
  }

  /** First step of turning encryption on: new keys, in memory only. */
  prepare(): Promise<{ recoveryKey: string }> {
    return this.inTurn(async () => {
      if (this.encrypted) throw new TandemError('conflict', 'Your journal is already encrypted.')
      this.pending?.dataKey.fill(0)
      this.pending = { dataKey: randomBytes(32), recovery: randomBytes(RECOVERY_KEY_BYTES) }
      return { recoveryKey: formatRecoveryKey(this.pending.recovery) }
    })
  }

  saveRecoveryKey(): Promise<{ path: string } | null> {
    return this.inTurn(async () => {
      const pending = this.requirePending()
      if (!this.options.chooseSavePath) {
        throw new TandemError(
          'not-allowed',
          'Tandem cannot show a Save dialog here. Copy the key or write it down.',
        )
      }
      const path = await this.options.chooseSavePath('Tandem recovery key.txt', [
        { name: 'Text', extensions: ['txt'] },
      ])
      if (!path) return null
      await writeFile(path, recoveryKeySheet(formatRecoveryKey(pending.recovery)), {
        mode: PRIVATE_FILE_MODE,
      })
      return { path }
    })
  }

  private requirePending(): { dataKey: Buffer; recovery: Buffer } {
    if (this.encrypted) throw new TandemError('conflict', 'Your journal is already encrypted.')
    if (!this.pending) {
      throw new TandemError('invalid-input', 'Start again: Tandem needs to make a new recovery key first.')
    }
    return this.pending
  }

  turnOn(passphrase: string, typedRecoveryKey: string): Promise<LockStatus> {
    return this.inTurn(async () => {
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
      this.pending = null
      await this.door.reopen(
        async () => {
          // From this write on the journal needs its key; each file then turns, one durable write at a time.
          await this.saveKeyFile(file)
          this.key = key
          await this.finishTransition(file)
          return this.cipherNow()
        },
        () => this.cipherNow(),
      )
      return this.status()
    })
  }

  turnOff(passphrase: string): Promise<LockStatus> {
    return this.inTurn(async () => {
      const file = this.keyFile()
      this.requireOpen()
      const check = await unlockWithPassphrase(file, passphrase)
      check.dataKey.fill(0)
      await this.door.reopen(
        async () => {
          const turning: KeyFile = { ...file, state: 'turning-off' }
          await this.saveKeyFile(turning)
          await this.finishTransition(turning)
          return this.cipherNow()
        },
        () => this.cipherNow(),
      )
      return this.status()
    })
  }

  changePassphrase(current: string, next: string): Promise<LockStatus> {
    return this.inTurn(async () => {
      const file = this.keyFile()
      this.requireOpen()
      const key = await unlockWithPassphrase(file, current).catch((error: unknown) => {
        if (error instanceof TandemError) throw new TandemError(error.code, error.message, 'current')
        throw error
      })
      await this.saveKeyFile(await rewrapPassphrase(file, key.dataKey, next))
      key.dataKey.fill(0)
      return this.status()
    })
  }

  setLockAfter(minutes: KeyFile['lockAfterMinutes']): Promise<LockStatus> {
    return this.inTurn(async () => {
      const file = this.keyFile()
      this.requireOpen()
      await this.saveKeyFile({ ...file, lockAfterMinutes: minutes })
      return this.status()
    })
  }

  /**
   * Rewrites every file to the form `file.state` heads to, then records that it is done: state "on",
   * or no key file at all. Run with the features closed; resumable after a crash.
   */
  private async finishTransition(file: KeyFile): Promise<void> {
    const key = this.requireOpen()
    const direction = file.state === 'turning-off' ? 'off' : 'on'
    this.transition = { direction, done: 0, total: 0 }
    try {
      const outcome = await rewriteJournal(this.options.dataDir, direction, key, this.fs, (done, total) => {
        this.transition = { direction, done, total }
      })
      if (direction === 'on') {
        await this.saveKeyFile({ ...file, state: 'on' })
      } else {
        await retireKeyFile(this.options.dataDir, outcome.left.length > 0, this.fs)
        await this.options.remembered.forget()
        this.rememberedNow = false
        this.keyState = { kind: 'absent' }
        key.dataKey.fill(0)
        this.key = null
      }
    } finally {
      this.transition = null
    }
  }
}
