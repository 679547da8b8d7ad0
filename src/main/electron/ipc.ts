import { BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron'
import { channelNames } from '../../shared/contract'
import type { Result } from '../../shared/errors'
import type { Router } from '../router'
import { isAppUrl } from './urls'

/**
 * Binds every contract channel to the router. A message is answered only when it comes from the
 * top frame of one of Tandem's own windows showing Tandem's own page.
 */
export function bindIpc(router: Router, appOrigin: () => string): void {
  for (const name of channelNames) {
    ipcMain.handle(name, async (event, input): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, appOrigin())) {
        return {
          ok: false,
          error: { code: 'not-allowed', message: 'This request did not come from Tandem.' },
        }
      }
      return router.handle(name, input)
    })
  }
}

function isTrustedSender(event: IpcMainInvokeEvent, appOrigin: string): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  if (!BrowserWindow.fromWebContents(event.sender)) return false
  return isAppUrl(frame.url, appOrigin)
}
