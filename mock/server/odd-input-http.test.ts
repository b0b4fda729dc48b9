import { documentedOperations, pathFor, problemsWith } from '../test-support/odd-input'
import { startMockServer, type RunningMockServer } from './start-mock-server'

/**
 * A sample of odd input over real HTTP (contract part 3, "Trust"): what the in-process fuzz
 * (`routes/odd-input.test.ts`) cannot reach — raw malformed JSON, a body past the size limit,
 * raw path segments, repeated query keys, odd header bytes — must still get an answer below 500.
 */

let running: RunningMockServer

beforeAll(async () => {
  running = await startMockServer({ port: 0 })
})
afterAll(() => running.close())

async function send(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${running.url}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...init.headers },
    ...(init.body !== undefined && method !== 'GET' ? { body: init.body } : {}),
  })
  const text = await res.text()
  let body: unknown
  try {
    body = text === '' ? undefined : JSON.parse(text)
  } catch {
    body = text
  }
  return { status: res.status, body }
}

const operations = documentedOperations()
/** Every third operation, and the two the issue named, so the sample moves with the document. */
const sample = operations.filter((op, i) => i % 3 === 0 || op.template === '/shares/{id}/visits' || op.template === '/staff/purchases')

const RAW_BODIES = ['{"a":', '[', 'null', '"just a string"', '{"__proto__":{"polluted":true}}', '\u0000\u0001', '{"amountFen":1e999}', '{'.repeat(5000)]

describe('odd input over HTTP', () => {
  it.each(sample.map((op) => [`${op.method} ${op.template}`, op] as const))('%s answers below 500 with a contract body', async (_name, op) => {
    const problems: string[] = []
    const check = async (label: string, path: string, init?: { body?: string; headers?: Record<string, string> }) => {
      try {
        const { status, body } = await send(op.method, path, init)
        for (const p of problemsWith(status, body)) problems.push(`${label}: ${p}`)
      } catch (error) {
        problems.push(`${label}: no answer (${String(error)})`)
      }
    }
    for (const id of ['__proto__', 'constructor', '%E4%BC%9A', '..%2F..%2F', '%00']) await check(`id ${id}`, op.template.replace(/\{[^}]+\}/g, id))
    await check('id very long', pathFor(op, 'z'.repeat(3000)))
    await check('repeated query', `${pathFor(op, 'x')}?status=used&status=__proto__&limit=-1&limit=x&__proto__=1`)
    if (op.hasBody) for (const body of RAW_BODIES) await check(`raw body ${body.slice(0, 12)}`, pathFor(op, 'x'), { body })
    await check('odd headers', pathFor(op, 'x'), {
      body: '{}',
      headers: { 'X-Persona': '__proto__', 'Idempotency-Key': 'constructor', Authorization: 'Bearer __proto__', 'X-Mock-Scenario': 'constructor' },
    })
    expect(problems).toEqual([])
  })

  it('refuses a body past the size limit with 413, and keeps serving', async () => {
    const { status, body } = await send('POST', '/shares', { body: JSON.stringify({ text: 'x'.repeat(1_200_000) }) })
    expect(status).toBe(413)
    expect(problemsWith(status, body)).toEqual([])
    expect((await send('GET', '/levels')).status).toBe(200)
  })
})
