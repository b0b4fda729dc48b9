// Builds the H5 site once (skipped with E2E_SKIP_BUILD=1 when dist/h5/index.html exists), then
// serves dist/h5 on an ephemeral 127.0.0.1 port. Test workers read the URL from E2E_BASE_URL.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server'

const repo = path.resolve(__dirname, '..', '..', '..')
const distDir = path.join(repo, 'dist', 'h5')

declare global {
  var __E2E_SERVER__: StaticServer | undefined
}

// Taro's progress bar fills the log; show the error section of whichever stream has one, else the tail.
function buildErrors(...streams: string[]): string {
  const cleaned = streams.map((s) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''))
  for (const text of cleaned) {
    const at = text.search(/✖ Errors|ERROR in |Error: /)
    if (at >= 0) return text.slice(at).split('\n').slice(0, 40).join('\n')
  }
  return cleaned.join('\n').split('\n').slice(-40).join('\n')
}

function buildH5(): void {
  const started = Date.now()
  process.stdout.write('\n[e2e] building H5 (npm run build:h5)… ')
  const result = spawnSync('npm', ['run', 'build:h5'], { cwd: repo, encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    throw new Error(`[e2e] npm run build:h5 failed after ${seconds}s (exit ${result.status}):\n${buildErrors(result.stdout ?? '', result.stderr ?? '')}`)
  }
  process.stdout.write(`done in ${seconds}s\n`)
}

export default async function globalSetup(): Promise<void> {
  const indexHtml = path.join(distDir, 'index.html')
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(indexHtml)) {
    process.stdout.write('\n[e2e] E2E_SKIP_BUILD=1: serving the existing dist/h5\n')
  } else {
    buildH5()
  }
  if (!existsSync(indexHtml)) throw new Error(`[e2e] ${indexHtml} is missing after the build`)
  if (!existsSync(path.join(distDir, 'mockServiceWorker.js'))) {
    process.stdout.write('[e2e] note: dist/h5/mockServiceWorker.js is missing, so the H5 mock backend cannot start\n')
  }
  const server = await startStaticServer(distDir)
  globalThis.__E2E_SERVER__ = server
  process.env.E2E_BASE_URL = server.url
  process.stdout.write(`[e2e] serving dist/h5 at ${server.url}\n`)
}
