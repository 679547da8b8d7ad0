import type { EncryptionTransition } from '../../shared/domain/privacy'
import { TandemError } from '../../shared/errors'
import type { KeyFile, OpenKey } from '../crypto/key-file'
import { type FileCipher, keyedFiles, PLAIN_FILES } from '../store/cipher'
import { type DurableFs, nodeDurableFs } from '../store/durable-file'
import { type KeyFileState, type RememberedKey, readKeyFile, writeKeyFile } from './key-store'

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
 * What the lock knows at one moment: the key file as last read or written, the data key when it is in
 * memory, the keys of an encryption being set up, and the progress of a rewrite. Shared by the lock
 * (controller.ts) and the changes between plain and encrypted (encryption.ts); only they change it,
 * one operation at a time.
 */
export class KeyState {
  file: KeyFileState
  key: OpenKey | null = null
  pending: { dataKey: Buffer; recovery: Buffer } | null = null
  transition: EncryptionTransition | null = null
  rememberedNow = false
  readonly fs: DurableFs

  constructor(readonly options: LockOptions) {
    this.fs = options.fs ?? nodeDurableFs
    this.file = readKeyFile(options.dataDir)
  }

  /** True when the journal has a key file: it starts locked. */
  get encrypted(): boolean {
    return this.file.kind !== 'absent'
  }

  get locked(): boolean {
    return this.encrypted && this.key === null
  }

  keyFile(): KeyFile {
    if (this.file.kind === 'found') return this.file.file
    if (this.file.kind === 'damaged') {
      throw new TandemError(
        'invalid-input',
        `Tandem cannot open this journal: its key file (tandem-key.json) ${this.file.reason}. Tandem has not changed it. If you have a copy of the journal folder from before, its key file may open it.`,
      )
    }
    throw new TandemError('invalid-input', 'This journal is not encrypted.')
  }

  cipherNow(): FileCipher {
    if (this.file.kind !== 'found' || !this.key) return PLAIN_FILES
    const mode = this.file.file.state === 'on' ? 'sealed' : this.file.file.state
    return keyedFiles({ ...this.key, mode })
  }

  async saveKeyFile(file: KeyFile): Promise<void> {
    await writeKeyFile(this.options.dataDir, file, this.fs)
    this.file = { kind: 'found', file }
  }

  requireOpen(): OpenKey {
    if (!this.key) throw lockedError()
    return this.key
  }

  /** Zeroes and forgets the data key and any keys being set up. */
  dropKey(): void {
    this.key?.dataKey.fill(0)
    this.key = null
    this.pending?.dataKey.fill(0)
    this.pending?.recovery.fill(0)
    this.pending = null
  }
}
