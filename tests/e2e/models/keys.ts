import type { CurrentPage } from './app'

/** Keys as each platform writes them: ⌘ and ⌘[ / ⌘] on macOS, Ctrl and Alt+arrows elsewhere. */
const mac = process.platform === 'darwin'

/** The app's keyboard commands, pressed as a person would on this platform. */
export class KeysModel {
  constructor(private readonly page: CurrentPage) {}

  /** Ctrl+N (⌘N): a new session. */
  newSession(): Promise<void> {
    return this.press('ControlOrMeta+KeyN')
  }

  /** Ctrl+1…9 (⌘1…9): the screens of View, in its order. */
  screen(n: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9): Promise<void> {
    return this.press(`ControlOrMeta+Digit${n}`)
  }

  /** Alt+Left (⌘[ on macOS). */
  back(): Promise<void> {
    return this.press(mac ? 'Meta+BracketLeft' : 'Alt+ArrowLeft')
  }

  /** Alt+Right (⌘] on macOS). */
  forward(): Promise<void> {
    return this.press(mac ? 'Meta+BracketRight' : 'Alt+ArrowRight')
  }

  /** Ctrl+= (⌘=): larger text. */
  textLarger(): Promise<void> {
    return this.press('ControlOrMeta+Equal')
  }

  /** Ctrl+- (⌘-): smaller text. */
  textSmaller(): Promise<void> {
    return this.press('ControlOrMeta+Minus')
  }

  /** Ctrl+0 (⌘0): the text at its actual size. */
  textReset(): Promise<void> {
    return this.press('ControlOrMeta+Digit0')
  }

  /** Presses keys on whatever has the focus (Playwright's names: "ControlOrMeta+KeyN"). */
  press(keys: string): Promise<void> {
    return this.page().keyboard.press(keys)
  }
}
