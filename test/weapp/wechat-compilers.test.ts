// WeChat's own template and style compilers (wcc / wcsc from miniprogram-compiler, the Linux binaries
// devtools ship) over every .wxml / .wxss of dist/weapp, subpackages included. They reject what no
// JS-only check sees: an unclosed tag, a bad {{ }} expression, a missing <wxs src> or WXSS @import.
// Each compiler is also fed a known-bad file, so a compiler that silently accepts everything fails here.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const compiler = require('miniprogram-compiler') as {
  wxmlToJs(root: string, options?: { wxmlList?: string[]; maxBuffer?: number }): string
}

const distDir = path.resolve(__dirname, '..', '..', 'dist', 'weapp')
const maxBuffer = 64 * 1024 * 1024

function filesWith(root: string, ext: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: false }) as string[])
    .filter((f) => f.endsWith(ext))
    .map((f) => f.split(path.sep).join('/'))
    .sort()
}

// wcsc's wrapper returns its Error instead of throwing it (wxssToJs would then fail on an unrelated
// TypeError), so the wrapper is called directly and an Error result is thrown with wcsc's own message.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wcsc = require('miniprogram-compiler/src/wcsc') as (root: string, files: string[], o: object) => Record<string, string> | Error
function compileWxss(root: string, wxssList: string[]): Record<string, string> {
  const out = wcsc(root, wxssList.map((f) => f.replace(/\.wxss$/, '')), { maxBuffer })
  if (out instanceof Error) throw out
  return out
}

test('the build has templates and styles in the main package and in every subpackage', () => {
  const wxml = filesWith(distDir, '.wxml')
  const wxss = filesWith(distDir, '.wxss')
  expect(wxml).toContain('base.wxml')
  expect(wxml.some((f) => f.startsWith('pages/home/'))).toBe(true)
  expect(wxss).toContain('app.wxss')
  // Each subpackage root of app.json holds at least one page template.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const app = require(path.join(distDir, 'app.json')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] }
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/?$/, '/'))
  expect(roots.length).toBeGreaterThan(0)
  for (const root of roots) expect(wxml.some((f) => f.startsWith(root))).toBe(true)
})

test('wcc compiles every .wxml of dist/weapp', () => {
  const wxmlList = filesWith(distDir, '.wxml')
  const js = compiler.wxmlToJs(distDir, { wxmlList, maxBuffer })
  expect(js).toContain('$gwx')
  // Every page template appears in the compiled template table.
  for (const file of wxmlList) expect(js).toContain(file)
})

test('wcsc compiles every .wxss of dist/weapp', () => {
  const wxssList = filesWith(distDir, '.wxss')
  const compiled = compileWxss(distDir, wxssList)
  expect(Object.keys(compiled)).toContain('app.wxss')
})

describe('the compilers reject what WeChat rejects', () => {
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'wcc-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  test('wcc fails on an unclosed tag', () => {
    writeFileSync(path.join(dir, 'bad.wxml'), '<view><text>{{a}}</view>')
    expect(() => compiler.wxmlToJs(dir, { wxmlList: ['bad.wxml'], maxBuffer })).toThrow(/wxml/)
  })

  test('wcc fails on a missing <wxs src>', () => {
    writeFileSync(path.join(dir, 'bad.wxml'), '<wxs module="u" src="./nowhere.wxs" /><view>{{u.x}}</view>')
    expect(() => compiler.wxmlToJs(dir, { wxmlList: ['bad.wxml'], maxBuffer })).toThrow()
  })

  test('wcsc fails on a missing @import', () => {
    writeFileSync(path.join(dir, 'bad.wxss'), '@import "./nowhere.wxss";\n.a { color: red; }')
    expect(() => compileWxss(dir, ['bad.wxss'])).toThrow()
  })
})
