// Loads Electronegativity so that it works offline and with this project's TypeScript 7:
// - its parser (@typescript-eslint/typescript-estree 4) is hoisted beside TypeScript 7, which has no
//   JavaScript compiler API, so its `typescript` is resolved to the 4.2 copy Electronegativity ships;
// - it fetches translations and Electron release notes with `got`; here every such request is answered
//   at once with a 503 and no body, so the run never touches the network (translations stay the bundled
//   en-US; the release-notes check is skipped by the caller).
const Module = require('node:module')
const path = require('node:path')

const toolRoot = path.dirname(require.resolve('@doyensec/electronegativity/package.json'))
const bundledTypeScript = require.resolve('typescript', { paths: [toolRoot] })

const resolveFilename = Module._resolveFilename
Module._resolveFilename = function resolveForElectronegativity(request, parent, ...rest) {
  if (request === 'typescript' && parent?.filename?.includes(`${path.sep}@typescript-eslint${path.sep}`)) {
    return bundledTypeScript
  }
  return resolveFilename.call(this, request, parent, ...rest)
}

const offline = () => Promise.resolve({ statusCode: 503, headers: {}, body: '' })
offline.head = offline
offline.get = offline
const load = Module._load
Module._load = function loadForElectronegativity(request, parent, ...rest) {
  if (request === 'got' && parent?.filename?.startsWith(toolRoot)) return offline
  return load.call(this, request, parent, ...rest)
}

module.exports = require('@doyensec/electronegativity')
