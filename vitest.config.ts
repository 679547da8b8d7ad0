import { defineConfig } from 'vitest/config'

/**
 * Two projects, one run (`vitest run` runs both):
 * - unit: the main process, shared code and tools, in plain Node on real temp folders.
 * - renderer: renderer hooks and helpers in happy-dom, a DOM that starts fast on a small machine;
 *   these tests need events, timers and elements, not layout, so jsdom's fuller emulation buys nothing.
 */
export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
    ],
  },
})
