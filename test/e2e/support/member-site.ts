// The member H5 build (MOCK=off, no fake backend inside) served the way production would be:
// one origin for the site and /api/v1, which is proxied to the HTTP fake backend started in-process.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { startMockServer, type RunningMockServer } from '../../../mock/server/start-mock-server'
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server'

const repo = path.resolve(__dirname, '..', '..', '..')
export const MEMBER_DIST = path.join(repo, 'dist', 'h5-member')

/**
 * E2E_MEMBER_DIST names a member build made elsewhere (e.g. by an earlier npm test step); with
 * E2E_SKIP_BUILD=1 an existing dist/h5-member is reused; otherwise it is built here (~60 s).
 */
export function ensureMemberBuild(): string {
  const given = process.env.E2E_MEMBER_DIST
  if (given) return path.resolve(repo, given)
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(MEMBER_DIST, 'index.html'))) return MEMBER_DIST
  const result = spawnSync('npm', ['run', 'build:h5'], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, MOCK: 'off', API_BASE: '', OUTPUT_ROOT: 'dist/h5-member' },
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`member build failed (exit ${result.status}):\n${(result.stderr || result.stdout).slice(-3000)}`)
  return MEMBER_DIST
}

export interface MemberSite {
  url: string
  backend: RunningMockServer
  close(): Promise<void>
}

export async function startMemberSite(distDir: string): Promise<MemberSite> {
  if (!existsSync(path.join(distDir, 'sw.js'))) throw new Error(`${distDir} has no sw.js: is it a member (MOCK=off) build?`)
  const backend = await startMockServer({ port: 0 })
  let site: StaticServer
  try {
    site = await startStaticServer(distDir, 0, { apiOrigin: backend.url })
  } catch (error) {
    await backend.close()
    throw error
  }
  return {
    url: site.url,
    backend,
    close: async () => {
      await site.close()
      await backend.close()
    },
  }
}
