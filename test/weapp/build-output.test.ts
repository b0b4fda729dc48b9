// The weapp build is complete: every page and component the app declares has its .js/.wxml/.json
// (a .wxss is optional), and every file app.json points at exists. Run by `npm run test:weapp` after `npm run build:weapp`.
// It also keeps the QR encoder and the share poster out of the main package (WeChat loads it at launch).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const distDir = path.resolve(__dirname, '..', '..', 'dist', 'weapp')
const at = (...parts: string[]) => path.join(distDir, ...parts)

interface TabItem {
  pagePath: string
  text?: string
  iconPath?: string
  selectedIconPath?: string
}
interface SubPackage {
  root: string
  pages: string[]
}
interface AppJson {
  pages: string[]
  subPackages?: SubPackage[]
  subpackages?: SubPackage[]
  tabBar?: { list: TabItem[] }
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T
}

if (!existsSync(at('app.json'))) {
  throw new Error(`${at('app.json')} is missing: run \`npm run build:weapp\` first (or \`npm run test:weapp\`, which does).`)
}
const app = readJson<AppJson>(at('app.json'))
const subPackages = app.subPackages ?? app.subpackages ?? []
const allPages = [...app.pages, ...subPackages.flatMap((sp) => sp.pages.map((p) => path.posix.join(sp.root, p)))]

/** Files missing for a page or component at `base` (a path without extension, relative to dist/weapp). */
function missingFiles(base: string): string[] {
  return ['.js', '.wxml', '.json'].map((ext) => base + ext).filter((f) => !existsSync(at(f)))
}

test('app.json declares at least one page', () => {
  expect(app.pages.length).toBeGreaterThan(0)
})

test('the app entry files exist', () => {
  expect(['app.js', 'app.json'].filter((f) => !existsSync(at(f)))).toEqual([])
})

test.each(allPages)('page %s has its .js, .wxml and .json', (page) => {
  expect(missingFiles(page)).toEqual([])
})

test.each(allPages)('page %s: its .json parses and its usingComponents resolve', (page) => {
  const json = readJson<{ usingComponents?: Record<string, string> }>(at(`${page}.json`))
  const pageDir = path.posix.dirname(page)
  const missing = Object.entries(json.usingComponents ?? {})
    .filter(([, ref]) => !ref.startsWith('plugin://'))
    .map(([, ref]) => (ref.startsWith('/') ? ref.slice(1) : path.posix.join(pageDir, ref)))
    .flatMap(missingFiles)
  expect(missing).toEqual([])
})

test('tab bar entries point at declared pages and existing icons', () => {
  const list = app.tabBar?.list ?? []
  const problems: string[] = []
  for (const item of list) {
    if (!allPages.includes(item.pagePath)) problems.push(`tab "${item.text}" → ${item.pagePath} is not a page`)
    for (const icon of [item.iconPath, item.selectedIconPath]) {
      if (icon && !existsSync(at(icon.replace(/^\//, '')))) problems.push(`tab "${item.text}" icon ${icon} is missing`)
    }
  }
  expect(problems).toEqual([])
})

/** Files of the main package: everything outside the subpackage roots (as the bench counts it). */
function mainPackageFiles(dir = distDir): string[] {
  const roots = subPackages.map((sp) => at(sp.root) + path.sep)
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name)
    if (roots.some((root) => (full + path.sep).startsWith(root))) return []
    return d.isDirectory() ? mainPackageFiles(full) : [full]
  })
}

test('the QR encoder and the share poster stay out of the main package (pages that draw codes load them)', () => {
  // uqr's own error text, and the poster's canvas id.
  const markers = ['Version value out of range', 'share-poster-canvas']
  const found = mainPackageFiles()
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => markers.filter((m) => readFileSync(f, 'utf8').includes(m)).map((m) => `${path.relative(distDir, f)}: ${m}`))
  expect(found).toEqual([])
})
