import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

// Packaging cannot run here (electron-builder downloads Electron), so the config itself is checked:
// the fuses, what goes into the package, and what each installer says about the app.

const target = z.object({ target: z.array(z.string()) }).loose()
const PackageJson = z
  .object({
    description: z.string(),
    dependencies: z.record(z.string(), z.string()),
    devDependencies: z.record(z.string(), z.string()),
    build: z
      .object({
        asar: z.boolean(),
        files: z.array(z.string()),
        extraResources: z.array(z.object({ from: z.string(), to: z.string() }).loose()),
        icon: z.string(),
        electronFuses: z.record(z.string(), z.boolean()),
        linux: target.extend({
          icon: z.string(),
          category: z.string(),
          synopsis: z.string(),
          description: z.string(),
          maintainer: z.string(),
        }),
        mac: target.extend({ category: z.string() }),
        win: target,
      })
      .loose(),
  })
  .loose()

async function packageJson(): Promise<z.infer<typeof PackageJson>> {
  return PackageJson.parse(JSON.parse(await readFile('package.json', 'utf8')))
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(path: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(path)
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG')
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('the packaged app', () => {
  it('flips every Electron fuse the security checklist asks for', async () => {
    const { build } = await packageJson()
    expect(build.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('packs only the built app into an asar, and the journal resources beside it', async () => {
    const { build } = await packageJson()
    expect(build.asar).toBe(true)
    expect(build.files).toEqual(['out/**/*', 'package.json'])
    for (const pattern of build.files) expect(pattern).not.toMatch(/src|tests|node_modules|\.\./)
    expect(build.extraResources).toEqual([{ from: 'resources', to: 'resources', filter: ['**/*'] }])
  })

  it('ships no build or test tool as a runtime dependency', async () => {
    // electron-builder packs `dependencies` and leaves `devDependencies` out.
    const { dependencies, devDependencies } = await packageJson()
    const tools = ['electron', 'electron-builder', 'electron-vite', 'vite', 'typescript', 'vitest']
    for (const tool of tools) {
      expect(dependencies).not.toHaveProperty(tool)
      expect(devDependencies).toHaveProperty(tool)
    }
    for (const name of Object.keys(dependencies))
      expect(name).not.toMatch(/biome|playwright|testing-library|@types/)
  })

  it('builds AppImage and deb with their metadata, a dmg and an nsis installer', async () => {
    const { build, description } = await packageJson()
    expect(build.linux.target).toEqual(['AppImage', 'deb'])
    expect(build.linux.category).toBe('Office')
    expect(build.linux.synopsis.length).toBeGreaterThan(0)
    expect(build.linux.synopsis.length).toBeLessThanOrEqual(80)
    expect(build.linux.description).toContain(description)
    expect(build.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/)
    expect(build.mac.target).toEqual(['dmg'])
    expect(build.mac.category).toBe('public.app-category.productivity')
    expect(build.win.target).toEqual(['nsis'])
  })

  it('has a 1024 px icon (electron-builder makes .icns and .ico from it) and a 512 px one for Linux', async () => {
    const { build } = await packageJson()
    expect(build.icon).toBe('build/icon.png')
    expect(await pngSize(build.icon)).toEqual({ width: 1024, height: 1024 })
    expect(await pngSize(`${build.linux.icon}/512x512.png`)).toEqual({ width: 512, height: 512 })
  })

  it("passes electron-builder's own schema check", async () => {
    // The same validation `electron-builder` runs first; it needs no network.
    const require = createRequire(import.meta.url)
    const { validateConfiguration } = z
      .object({ validateConfiguration: z.custom<(config: unknown, logger: object) => Promise<void>>() })
      .parse(require('app-builder-lib/out/util/config/config.js'))
    const { DebugLogger } = z
      .object({ DebugLogger: z.custom<new (enabled: boolean) => object>() })
      .parse(require('builder-util/out/DebugLogger.js'))
    const { build } = await packageJson()
    await expect(validateConfiguration(build, new DebugLogger(false))).resolves.toBeUndefined()
  })
})
