import type { Tandem } from '../app'
import { describeFsError } from '../store/document'

export interface StartupDialogs {
  /** Electron's dialog.showMessageBox: resolves with the index of the button pressed. */
  showMessageBox(options: {
    type: 'error'
    title: string
    message: string
    detail: string
    buttons: string[]
    defaultId: number
    cancelId: number
    noLink: boolean
  }): Promise<{ response: number }>
  /** Asks for a folder; null when the user cancelled. */
  chooseFolder(): Promise<string | null>
}

const CHOOSE = 0
const QUIT = 1

/**
 * Opens the journal, and when that fails, never fails silently: the user is told what failed and where
 * the journal folder is, and may pick another folder (tried in turn) or quit. Resolves with the opened
 * engine, or null when the user chose to quit.
 */
export async function openJournalOrAsk(
  dataDir: string,
  open: (dir: string) => Promise<Tandem>,
  dialogs: StartupDialogs,
): Promise<Tandem | null> {
  let dir = dataDir
  for (;;) {
    try {
      return await open(dir)
    } catch (error) {
      const { response } = await dialogs.showMessageBox({
        type: 'error',
        title: 'Tandem could not open your journal',
        message: 'Tandem could not open your journal.',
        detail: `${startupReason(error)}\n\nThe journal folder is:\n${dir}\n\nNothing in it was changed. You can open another folder, or quit and try again later.`,
        buttons: ['Open another folder…', 'Quit'],
        defaultId: CHOOSE,
        cancelId: QUIT,
        noLink: true,
      })
      if (response !== CHOOSE) return null
      dir = (await dialogs.chooseFolder()) ?? dir
    }
  }
}

/** Why opening failed, in words a person understands. */
export function startupReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return 'Something that is not a folder is where the journal folder should be.'
  }
  const reason = describeFsError(error)
  const known = error instanceof Error && reason !== error.message
  return known ? `It failed because ${reason}.` : `Tandem met this error: ${reason}`
}
