import { AppCommand, type TandemShell } from '../shared/contract/commands'

/** Hands every message main sends on APP_COMMAND_EVENT to `deliver`, until the returned function is called. */
export type CommandSource = (deliver: (message: unknown) => void) => () => void

/**
 * Builds `window.tandemShell`. Messages are untrusted until checked: anything that is not an
 * `AppCommand` is dropped, and a listener receives the parsed command, never the raw message or the
 * IPC event. The same code runs in the Electron preload and in the Chromium test runtime.
 */
export function createShellApi(source: CommandSource, keysHandledByMenu: boolean): TandemShell {
  return Object.freeze({
    keysHandledByMenu,
    onCommand(listener: (command: AppCommand) => void): () => void {
      return source((message) => {
        const parsed = AppCommand.safeParse(message)
        if (parsed.success) listener(parsed.data)
      })
    },
  })
}
