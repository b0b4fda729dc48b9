// The member H5 build (MOCK=off, no fake backend inside) served the way production would be:
// the site on one loopback origin, the API (the HTTP fake backend, started in-process) on another,
// so every call crosses origins with CORS preflights and the exposed Date header, as against a
// real API. The API's address is baked in at build time, so the build follows the backend's port.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { startMockServer, type RunningMockServer } from '../../../mock/server/start-mock-server'
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server'

const repo = path.resolve(__dirname, '..', '..', '..')
export const MEMBER_DIST = path.join(repo, 'dist', 'h5-member')

export interface MemberSite {
  /** The site's origin. */
  url: string
  dist: string
  backend: RunningMockServer
  close(): Promise<void>
}

function buildMemberH5(apiBase: string): void {
  const result = spawnSync('npm', ['run', 'build:h5'], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, MOCK: 'off', API_BASE: apiBase, OUTPUT_ROOT: 'dist/h5-member' },
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`member build failed (exit ${result.status}):\n${(result.stderr || result.stdout).slice(-3000)}`)
  if (!existsSync(path.join(MEMBER_DIST, 'sw.js'))) throw new Error(`${MEMBER_DIST} has no sw.js: is it a member (MOCK=off) build?`)
}

/** Starts the HTTP fake backend, builds the member H5 against it (~60 s) and serves the build. */
export async function startMemberSite(): Promise<MemberSite> {
  const backend = await startMockServer({ port: 0 })
  let site: StaticServer
  try {
    buildMemberH5(backend.url)
    site = await startStaticServer(MEMBER_DIST, 0)
  } catch (error) {
    await backend.close()
    throw error
  }
  return {
    url: site.url,
    dist: MEMBER_DIST,
    backend,
    close: async () => {
      await site.close()
      await backend.close()
    },
  }
}

/**
 * Signs `phone` in through the backend (the fake SMS code) and gives every page of `context` that
 * session before the app starts, the way the app stores it (Taro H5 wraps stored values as {data}).
 * Persona `active` answers 13800001234.
 */
export async function signInContext(context: BrowserContext, backendUrl: string, phone = '13800001234'): Promise<void> {
  const res = await fetch(`${backendUrl}/api/v1/auth/phone`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, smsCode: '123456' }),
  })
  if (res.status !== 200) throw new Error(`sign-in of ${phone} failed: ${res.status}`)
  const { token, expiresAt, joined } = (await res.json()) as { token: string; expiresAt: string; joined: boolean }
  const stored = JSON.stringify({ data: JSON.stringify({ v: 1, data: { token, expiresAt, joined } }) })
  await context.addInitScript((value) => {
    if (!localStorage.getItem('session.v1')) localStorage.setItem('session.v1', value)
  }, stored)
}
