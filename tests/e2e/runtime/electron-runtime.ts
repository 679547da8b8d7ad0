import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { _electron } from '@playwright/test'
import { APP_COMMAND_EVENT } from '../../../src/shared/contract/commands'
import type { RunningApp } from './chromium-runtime'
import { projectRoot } from './paths'

/**
 * What the specs control outside the app in real Electron: the files the save and open dialogs pick,
 * and the links and files handed to the OS. Electron's dialog and shell are replaced in the main process
 * (ElectronApplication.evaluate), so no native dialog blocks a run and no browser is opened; the app's own
 * code is unchanged. Exchanges go through small files so the fixture's API can stay synchronous.
 */
export interface ElectronOutside {
  exportDir: string
  /** A folder of the fixture's own for the exchange files. */
  stubDir: string
}

export function electronPick(outside: ElectronOutside, path: string | null): void {
  writeFileSync(join(outside.stubDir, 'next-pick.json'), JSON.stringify(path))
}

export function electronRecorded(outside: ElectronOutside, what: 'links' | 'paths'): string[] {
  const file = join(outside.stubDir, `${what}.log`)
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []
}

/** The real app: the built main process, preload and renderer in the installed Electron. */
export async function launchInElectron(
  binary: string,
  dataDir: string,
  outside: ElectronOutside,
  /** Electron's userData (this computer's settings); kept across restarts, removed by the fixture. */
  userData: string,
): Promise<RunningApp> {
  const app = await _electron.launch({
    executablePath: binary,
    args: [projectRoot, `--data-dir=${dataDir}`],
    env: { ...process.env, TANDEM_USER_DATA_DIR: userData },
  })
  await app.evaluate(({ dialog, shell }, { exportDir, stubDir }) => {
    const fs = process.getBuiltinModule('node:fs') as typeof import('node:fs')
    const nameOf = (path: string | undefined) => (path ?? 'export').split(/[\\/]/).pop() ?? 'export'
    const lastOptions = (args: unknown[]) => (args[args.length - 1] ?? {}) as { defaultPath?: string }
    const record = (what: string, line: string) => fs.appendFileSync(`${stubDir}/${what}.log`, `${line}\n`)
    dialog.showSaveDialog = (async (...args: unknown[]) => ({
      canceled: false,
      filePath: `${exportDir}/${nameOf(lastOptions(args).defaultPath)}`,
    })) as typeof dialog.showSaveDialog
    dialog.showOpenDialog = (async () => {
      const file = `${stubDir}/next-pick.json`
      const pick = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string | null) : null
      return { canceled: pick === null, filePaths: pick === null ? [] : [pick] }
    }) as typeof dialog.showOpenDialog
    shell.openExternal = async (url: string) => record('links', url)
    shell.openPath = async (path: string) => {
      record('paths', path)
      return ''
    }
  }, outside)
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  return {
    page,
    async deliverCommand(message) {
      // As the menu does: webContents.send on the command event, to the app's own window.
      await app.evaluate(
        ({ BrowserWindow }, { channel, message }) => {
          const win = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().startsWith('tandem:'))
          win?.webContents.send(channel, message)
        },
        { channel: APP_COMMAND_EVENT, message },
      )
    },
    async close() {
      await app.close()
    },
  }
}
