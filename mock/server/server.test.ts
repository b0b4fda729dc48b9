import { request } from 'node:http'
import { startMockServer, type RunningMockServer } from './start-mock-server'

let running: RunningMockServer

beforeAll(async () => {
  running = await startMockServer({ port: 0 })
})
afterAll(() => running.close())

describe('startMockServer', () => {
  it('listens on 127.0.0.1 and serves the contract', async () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const res = await fetch(`${running.url}/api/v1/me`, { headers: { 'X-Persona': 'first-buyer' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/json')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(await res.json()).toMatchObject({ member: { levelCode: 'experiencer', phoneMasked: '136****2087' } })
  })

  it('answers a CORS preflight with 204 and the custom headers allowed', async () => {
    const res = await fetch(`${running.url}/api/v1/mock/events`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:10086', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-persona, x-mock-scenario, content-type' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:10086')
    expect(res.headers.get('access-control-allow-headers')).toContain('x-persona')
    expect(res.headers.get('access-control-allow-methods')).toContain('POST')
  })

  it('answers invalid JSON with 400 and an oversized body with 413', async () => {
    const bad = await fetch(`${running.url}/api/v1/mock/events`, { method: 'POST', body: '{"type":' })
    expect([bad.status, (await bad.json()).error.code]).toEqual([400, 'BAD_REQUEST'])
    const huge = await fetch(`${running.url}/api/v1/mock/events`, { method: 'POST', body: `"${'x'.repeat(1_100_000)}"` })
    expect([huge.status, (await huge.json()).error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE'])
  })

  it('keeps state between requests and isolates members', async () => {
    const post = (persona: string) =>
      fetch(`${running.url}/api/v1/mock/events`, { method: 'POST', headers: { 'X-Persona': persona }, body: JSON.stringify({ type: 'share', count: 3 }) })
    await post('cocreator~5')
    const after = await (await fetch(`${running.url}/api/v1/me/growth`, { headers: { 'X-Persona': 'cocreator~5' } })).json()
    const other = await (await fetch(`${running.url}/api/v1/me/growth`, { headers: { 'X-Persona': 'cocreator~6' } })).json()
    expect([after.totals.shares, other.totals.shares]).toEqual([31, 28])
  })

  it('answers every method it does not know with a JSON error, never a dropped socket', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${running.url}/api/v1/me/growth`, { method: 'PATCH' }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end('{}')
    })
    expect(status).toBe(405)
  })
})
