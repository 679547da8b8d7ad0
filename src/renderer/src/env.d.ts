import type { TandemApi } from '../../shared/contract'

declare global {
  interface Window {
    /** Made by the preload from the contract; the renderer's only way to main. */
    readonly tandem: TandemApi
  }
}
