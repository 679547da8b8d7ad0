import { z } from 'zod'
import { decodeDocument, encodeDocument } from '../store/codec'
import { readBytesIfExists, writeFileDurable } from '../store/durable-file'

/** The main window's size, place and maximized state, per computer (in userData, not the journal). */
export const WindowState = z.object({
  schemaVersion: z.literal(1),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(760).max(20_000),
  height: z.number().int().min(520).max(20_000),
  maximized: z.boolean(),
})
export type WindowState = z.infer<typeof WindowState>

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_BOUNDS = { width: 1200, height: 820 }

/** The remembered state, or null (first launch, or a file this version cannot use: the window just opens at the default size). */
export function loadWindowState(file: string): WindowState | null {
  try {
    const bytes = readBytesIfExists(file)
    if (bytes === null) return null
    const parsed = WindowState.safeParse(decodeDocument(bytes))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeFileDurable(file, encodeDocument(state))
}

/**
 * Where to open the window: the remembered bounds when enough of them is on a display that exists now
 * (a title bar's worth, 160 × 40 px); otherwise the remembered size, no larger than the main display's
 * work area, centred by the system (no x/y).
 */
export function boundsOnScreen(state: WindowState | null, workAreas: Rect[]): Partial<Rect> {
  if (!state) return { ...DEFAULT_BOUNDS }
  const size = { width: state.width, height: state.height }
  const primary = workAreas[0]
  const fitted = primary
    ? { width: Math.min(size.width, primary.width), height: Math.min(size.height, primary.height) }
    : size
  if (state.x === undefined || state.y === undefined) return fitted
  const rect = { x: state.x, y: state.y, ...size }
  const visible = workAreas.some((area) => overlap(rect, area, 160, 40))
  return visible ? rect : fitted
}

function overlap(a: Rect, b: Rect, minWidth: number, minHeight: number): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width >= minWidth && height >= minHeight
}
