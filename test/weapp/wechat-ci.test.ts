// miniprogram-ci, the compiler behind devtools' upload, run offline on dist/weapp: getCompiledResult
// checks app.json against WeChat's schema, pages, usingComponents and tab-bar icons, and with
// {es6, minify} parses every JS and WXSS file; analyseCode builds the dependency graph. No appid,
// key or network: `attr` answers the project attributes the upload server would, the private key is a
// dummy, and its one network call (the upload file-type allow-list) is answered "offline" so it falls back
// to its built-in list. Gated on errors (a rejection, a module error), not on advisory notes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/* eslint-disable @typescript-eslint/no-require-imports */
const ci = require('miniprogram-ci')
const ciRequest = require('miniprogram-ci/dist/utils/request') as { request: () => Promise<never> }
/* eslint-enable @typescript-eslint/no-require-imports */

ciRequest.request = () => Promise.reject(new Error('offline test: no network'))

const distDir = path.resolve(__dirname, '..', '..', 'dist', 'weapp')
jest.setTimeout(240_000)

function project(projectPath: string) {
  return new ci.Project({
    appid: 'wx0000000000000000',
    type: 'miniProgram',
    projectPath,
    privateKey: 'offline-dummy-key',
    attr: async () => ci.DefaultProjectAttr,
    ignores: ['node_modules/**/*'],
  })
}

const quiet = () => undefined

test('getCompiledResult compiles dist/weapp with es6 + minify and keeps every page', async () => {
  const result = (await ci.getCompiledResult({ project: project(distDir), setting: { es6: true, minify: true }, onProgressUpdate: quiet })) as Record<
    string,
    unknown
  >
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const app = require(path.join(distDir, 'app.json')) as { pages: string[]; subPackages?: { root: string; pages: string[] }[] }
  const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
  const files = Object.keys(result).map((f) => f.replace(/^\//, ''))
  for (const page of pages) {
    expect(files).toContain(`${page}.js`)
    expect(files).toContain(`${page}.wxml`)
  }
})

test('analyseCode finds no module errors in dist/weapp', async () => {
  const result = (await ci.analyseCode(project(distDir))) as { modules: { id: string; errors?: unknown[] }[] }
  expect(result.modules.length).toBeGreaterThan(10)
  expect(result.modules.filter((m) => m.errors && m.errors.length > 0).map((m) => [m.id, m.errors])).toEqual([])
})

describe('miniprogram-ci rejects what the upload would reject', () => {
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mp-ci-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  test('a page listed in app.json but missing from the package', async () => {
    writeFileSync(path.join(dir, 'app.json'), JSON.stringify({ pages: ['pages/missing/index'] }))
    writeFileSync(path.join(dir, 'app.js'), 'App({})')
    writeFileSync(path.join(dir, 'project.config.json'), JSON.stringify({ appid: 'wx0000000000000000', compileType: 'miniprogram' }))
    await expect(ci.getCompiledResult({ project: project(dir), setting: { es6: true, minify: true }, onProgressUpdate: quiet })).rejects.toBeTruthy()
  })

  test('JS that does not parse', async () => {
    writeFileSync(path.join(dir, 'app.json'), JSON.stringify({ pages: ['index'] }))
    writeFileSync(path.join(dir, 'app.js'), 'App({})')
    writeFileSync(path.join(dir, 'index.js'), 'Page({ data: { a: 1 }')
    writeFileSync(path.join(dir, 'index.wxml'), '<view>a</view>')
    writeFileSync(path.join(dir, 'index.json'), '{}')
    writeFileSync(path.join(dir, 'project.config.json'), JSON.stringify({ appid: 'wx0000000000000000', compileType: 'miniprogram' }))
    await expect(ci.getCompiledResult({ project: project(dir), setting: { es6: true, minify: true }, onProgressUpdate: quiet })).rejects.toBeTruthy()
  })
})
