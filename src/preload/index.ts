import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron'
import { APP_COMMAND_EVENT } from '../shared/contract/commands'
import type { Result } from '../shared/errors'
import { createTandemApi } from './api'
import { createShellApi } from './shell'

const tandem = createTandemApi(
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>,
)

// Only the one typed event: the page can listen to commands, never to a channel of its choosing.
const shell = createShellApi((deliver) => {
  const listener = (_event: IpcRendererEvent, message: unknown) => deliver(message)
  ipcRenderer.on(APP_COMMAND_EVENT, listener)
  return () => {
    ipcRenderer.removeListener(APP_COMMAND_EVENT, listener)
  }
}, process.platform === 'darwin')

contextBridge.exposeInMainWorld('tandem', tandem)
contextBridge.exposeInMainWorld('tandemShell', shell)
