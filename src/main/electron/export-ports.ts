import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, shell } from 'electron'
import { chromiumPdfOptions, type Ports } from '../context'
import { denyPermissions } from './security'

type ExportPorts = Required<Pick<Ports, 'printToPdf' | 'chooseSavePath' | 'chooseOpenPath' | 'openPath'>>

/**
 * Printing, dialogs and opening files for the export feature. The printer is a hidden window that is
 * sandboxed, runs no JavaScript and has its own session; the report carries its strict CSP (inline
 * style only) in a meta tag. The HTML goes through a temporary file: reports outgrow data: URLs.
 */
export function exportPorts(parent: () => BrowserWindow | null): ExportPorts {
  return {
    async printToPdf(html, options) {
      const folder = await mkdtemp(join(tmpdir(), 'tandem-print-'))
      const file = join(folder, 'report.html')
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
      try {
        await writeFile(file, html, 'utf8')
        await win.loadFile(file)
        const pdf = await win.webContents.printToPDF({
          pageSize: options.pageSize,
          ...chromiumPdfOptions(options),
        })
        return new Uint8Array(pdf)
      } finally {
        options.signal?.removeEventListener('abort', stop)
        stop()
        await rm(folder, { recursive: true, force: true })
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
    async openPath(path) {
      const problem = await shell.openPath(path)
      if (problem !== '') throw new Error(problem)
    },
  }
}
