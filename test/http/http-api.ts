// The HTTP fake backend on a free port, and one way to call it, for the tests that race requests over real sockets.
import { startMockServer, type RunningMockServer } from '../../mock/server/start-mock-server'

export interface ApiCall {
  method?: string
  persona?: string
  body?: unknown
  token?: string
  /** Sent as the Idempotency-Key header. */
  key?: string
}

/** A fresh server per test (`each`) or one for the file (`all`); call `api` inside tests only. */
export function mockServerForTests(scope: 'each' | 'all' = 'each') {
  let server: RunningMockServer | undefined
  const [before, after] = scope === 'each' ? [beforeEach, afterEach] : [beforeAll, afterAll]
  before(async () => {
    server = await startMockServer({ port: 0 })
  })
  after(async () => {
    await server?.close()
  })

  async function api(path: string, init: ApiCall = {}) {
    const res = await fetch(`${server!.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: {
        'content-type': 'application/json',
        ...(init.persona ? { 'x-persona': init.persona } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.key ? { 'idempotency-key': init.key } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, body: (res.status === 204 ? null : await res.json()) as any }
  }
  /** The running server, for a test that reads the backend's state behind it. */
  return Object.assign(api, { server: () => server! })
}
