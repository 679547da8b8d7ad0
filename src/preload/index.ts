import { contextBridge, ipcRenderer } from 'electron'
import type { Result } from '../shared/errors'
import { createTandemApi } from './api'

const tandem = createTandemApi(
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>,
)

contextBridge.exposeInMainWorld('tandem', tandem)
