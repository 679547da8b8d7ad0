import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, shell } from 'electron'
import { chromiumPdfOptions, type Ports } from '../context'
import { APP_SCHEME } from './protocol'
import { denyPermissions } from './security'

type ExportPorts = Required<
  Pick<Ports, 'printToPdf' | 'chooseSavePath' | 'chooseOpenPath' | 'chooseOpenFolder' | 'openPath'>
>

/**
 * Printing, dialogs and opening files for the export feature. The printer is a hidden window that is
 * sandboxed, runs no JavaScript and has its own session; the report carries its strict CSP (inline
 * style only) in a meta tag. The HTML never touches the disk (it holds the journal's words, and the
 * journal may be encrypted): the print window's own session answers its one page from memory, under the
 * app's privileged scheme. A data: URL would do the same but reports outgrow Chromium's URL limit (2 MB).
 */
export function exportPorts(parent: () => BrowserWindow | null): ExportPorts {
  return {
    async printToPdf(html, options) {
      const win = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          javascript: false,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          images: false,
          // A middle click must not open anything from a report, even if a link slipped through.
          disableBlinkFeatures: 'Auxclick',
          partition: `tandem-print-${randomUUID()}`,
        },
      })
      // Its own session, like every session the app creates, refuses every permission.
      denyPermissions(win.webContents.session)
      const stop = () => {
        if (!win.isDestroyed()) win.destroy()
      }
      options.signal?.addEventListener('abort', stop, { once: true })
      const printSession = win.webContents.session
      printSession.protocol.handle(
        APP_SCHEME,
        () => new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
      )
      try {
        await win.loadURL(`${APP_SCHEME}://report/report.html`)
        const pdf = await win.webContents.printToPDF({
          pageSize: options.pageSize,
          ...chromiumPdfOptions(options),
        })
        return new Uint8Array(pdf)
      } finally {
        options.signal?.removeEventListener('abort', stop)
        stop()
        printSession.protocol.unhandle(APP_SCHEME)
      }
    },
    async chooseSavePath(suggestedName, filters) {
      const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters }
      const window = parent()
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath(filters) {
      const options = { filters, properties: ['openFile' as const] }
      const window = parent()
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseOpenFolder() {
      const options = { properties: ['openDirectory' as const] }
      const window = parent()
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async openPath(path) {
      const problem = await shell.openPath(path)
      if (problem !== '') throw new Error(problem)
    },
  }
}
