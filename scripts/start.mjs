// Starts Tandem with electron-vite, or says in one line why it cannot.
import { spawn } from 'node:child_process'
import { findElectronBinary } from './electron-binary.mjs'

if (findElectronBinary() === null) {
  console.error(
    'Tandem cannot start: the Electron binary is not installed (npm install ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or could not download it). Run "npm install" where Electron can be downloaded; "npm test" works without it.',
  )
  process.exit(1)
}
const args = ['electron-vite', 'dev', '--config', 'electron.config.ts', ...process.argv.slice(2)]
const child = spawn('npx', args, { stdio: 'inherit', shell: process.platform === 'win32' })
child.on('exit', (code) => process.exit(code ?? 0))
