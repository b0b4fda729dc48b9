#!/usr/bin/env node
// Makes sure the e2e suite has a Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium.
// As root (CI) it installs Debian's package; otherwise it prints the command to run and exits 1.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const DEFAULT_PATH = '/usr/bin/chromium'
const wanted = process.env.CHROMIUM_PATH || DEFAULT_PATH
const INSTALL = 'apt-get update && apt-get install -y chromium'

function version(bin) {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' })
  return r.status === 0 ? r.stdout.trim() : 'version unknown'
}

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  if (r.error) console.error(`ensure-chromium: could not run ${cmd}: ${r.error.message}`)
  return r.status === 0
}

// A Chinese font: phones have one; without it Chromium draws every label as empty boxes, and the
// visual checks and the screenshot gallery would measure those. Missing and not root: a warning.
const FONT_PACKAGE = 'fonts-wqy-microhei'
function ensureChineseFont() {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' })
  if (r.status === 0 && r.stdout.trim()) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot || !run('apt-get', ['install', '-y', FONT_PACKAGE])) {
    console.warn(`ensure-chromium: no Chinese font; labels will render as boxes. Install one with: apt-get install -y ${FONT_PACKAGE}`)
  }
}

function main() {
  if (existsSync(wanted)) {
    console.log(`Chromium: ${wanted} (${version(wanted)})`)
    ensureChineseFont()
    return 0
  }
  if (wanted !== DEFAULT_PATH) {
    console.error(`ensure-chromium: CHROMIUM_PATH=${wanted} does not exist. Point it at a Chromium binary, or unset it to use ${DEFAULT_PATH}.`)
    return 1
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    console.error(`ensure-chromium: ${DEFAULT_PATH} is missing. Install Debian's Chromium with:\n  sudo ${INSTALL.replace('&& apt-get', '&& sudo apt-get')}`)
    return 1
  }
  console.log(`ensure-chromium: ${DEFAULT_PATH} is missing; installing Debian's chromium package`)
  if (!run('apt-get', ['update']) || !run('apt-get', ['install', '-y', 'chromium'])) {
    console.error(`ensure-chromium: the install failed. Run by hand: ${INSTALL}`)
    return 1
  }
  if (!existsSync(DEFAULT_PATH)) {
    console.error(`ensure-chromium: apt-get finished but ${DEFAULT_PATH} is still missing.`)
    return 1
  }
  console.log(`Chromium: ${DEFAULT_PATH} (${version(DEFAULT_PATH)})`)
  ensureChineseFont()
  return 0
}

try {
  process.exitCode = main()
} catch (err) {
  console.error(`ensure-chromium: ${err instanceof Error ? err.message : String(err)}`)
  process.exitCode = 1
}
