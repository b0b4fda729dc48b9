import { describeIdentityThrough, overFetch } from '../test-support/identity-scenario'
import { fixedBackend } from '../test-support/call'
import { startMockServer, type RunningMockServer } from './start-mock-server'

let http: RunningMockServer
beforeAll(async () => {
  http = await startMockServer({ port: 0, backend: fixedBackend() })
})
afterAll(() => http.close())

describeIdentityThrough('the HTTP server', () => overFetch(http.url))

it('the HTTP server lets another origin send Authorization', async () => {
  const res = await fetch(`${http.url}/api/v1/me`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://127.0.0.1:9', 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization, content-type' },
  })
  expect(res.headers.get('access-control-allow-headers')).toContain('authorization')
  expect(res.headers.get('access-control-allow-methods')).toContain('PATCH')
})
