import type { TandemApi } from '../../shared/contract'
import type { TandemShell } from '../../shared/contract/commands'

declare global {
  interface Window {
    /** Made by the preload from the contract; the renderer's only way to main. */
    readonly tandem: TandemApi
    /** The preload's commands from main (menu, notifications), each checked against AppCommand. */
    readonly tandemShell: TandemShell
  }
}
