// Builds what a brand ships, with MOCK=off: the member weapp and H5 against a made-up API host,
// and the counter H5 against the HTTP fake backend (started here on an ephemeral loopback port,
// so the counter's smoke test calls it cross-origin as a store's counter calls the real API).
// MEMBER_BUILD_DIR=<folder> with MEMBER_BUILD_SKIP=1 reuses earlier output (working on the tests only;
// add MEMBER_BUILD_MOCK_PORT=<the port the counter was built against> for the counter's browser tests).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startMockServer, type RunningMockServer } from '../../mock/server/start-mock-server'
import { buildAll } from '../../scripts/lib/build-apps'

declare global {
  var __MEMBER_BUILD_SERVER__: RunningMockServer | undefined
}

export const MEMBER_API_BASE = 'https://api.example.com'

export default async function globalSetup(): Promise<void> {
  // MEMBER_BUILD_MOCK_PORT fixes the port, so a reused counter build (its API_BASE fixed at build) reaches it.
  const server = await startMockServer({ port: Number(process.env.MEMBER_BUILD_MOCK_PORT ?? 0), host: '127.0.0.1' })
  globalThis.__MEMBER_BUILD_SERVER__ = server
  const reuse = process.env.MEMBER_BUILD_SKIP === '1' && process.env.MEMBER_BUILD_DIR
  const dir = reuse ? (process.env.MEMBER_BUILD_DIR as string) : mkdtempSync(path.join(tmpdir(), 'member-build-'))
  process.env.MEMBER_BUILD_DIR = dir
  process.env.MEMBER_BUILD_MOCK_URL = server.url
  if (reuse) {
    process.stdout.write(`\n[member-build] reusing ${dir} (counter API_BASE was fixed at its build)\n`)
    return
  }
  process.stdout.write('\n[member-build] building member weapp, member H5 and counter H5 (MOCK=off) in parallel… ')
  const member = { MOCK: 'off', API_BASE: MEMBER_API_BASE }
  const times = await buildAll([
    { label: 'member weapp', type: 'weapp', outDir: path.join(dir, 'weapp'), env: member },
    { label: 'member h5', type: 'h5', outDir: path.join(dir, 'h5'), env: member },
    { label: 'counter h5', type: 'h5', outDir: path.join(dir, 'counter'), env: { MOCK: 'off', API_BASE: server.url, APP: 'counter' } },
  ])
  process.stdout.write(`done (${Object.entries(times).map(([k, s]) => `${k} ${s.toFixed(0)}s`).join(', ')})\n`)
}
