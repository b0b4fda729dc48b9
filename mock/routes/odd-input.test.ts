import type { Backend } from '../db'
import { fixedBackend, staffToken } from '../test-support/call'
import { documentedOperations, ODD_HEADERS, ODD_IDS, ODD_QUERY_VALUES, oddBodies, pathFor, problemsWith, type Operation } from '../test-support/odd-input'
import { handleRequest } from '.'

/**
 * Contract part 3, "Trust": any id, key, query, header or body — `__proto__`, `constructor`,
 * empty, huge, malformed, wrong types — is a 4xx with `{error:{code,message}}` in Chinese (or a
 * real answer), never a 5xx, an internal message or an empty 200. Every operation of
 * `openapi.yaml` is driven through `handleRequest` with each kind of caller.
 */

/** Ids that exist for the seeded personas, so body fuzzing gets past the 404 to the body checks. */
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']

const REAL_IDS: Record<string, string> = {
  '/rights/{id}/claim': 'r-welcome-coupon',
  '/invites/{id}/response': 'inv-spring-workshop',
  '/mock/invites/{id}/attend': 'inv-spring-workshop',
  '/coupons/{id}': 'c-0001',
  '/coupons/{id}/code': 'c-0001',
  '/coupon-templates/{id}/claim': 'tpl-coffee',
  '/shares/{id}/visits': 'sh-000001',
  '/content/{slug}': 'faq',
}

type Caller = { name: string; headers: (b: Backend) => Record<string, string> }

function memberToken(backend: Backend, persona: string): string {
  const res = handleRequest(backend, { method: 'POST', path: '/api/v1/auth/wechat', query: {}, headers: {}, body: { code: `mock:${persona}` } })
  return (res.body as { token: string }).token
}

const CALLERS: Caller[] = [
  { name: 'no auth', headers: () => ({}) },
  { name: 'persona copy', headers: () => ({ 'x-persona': 'newcomer~5' }) },
  { name: 'visitor', headers: () => ({ 'x-persona': 'visitor~2' }) },
  { name: 'member token', headers: (b) => ({ authorization: `Bearer ${memberToken(b, 'active~3')}` }) },
  { name: 'staff token', headers: (b) => ({ authorization: `Bearer ${staffToken(b)}` }) },
]

function fresh(): Backend {
  const backend = fixedBackend()
  // A share to visit, so `/shares/{id}/visits` reaches past its 404.
  handleRequest(backend, { method: 'POST', path: '/api/v1/shares', query: {}, headers: {}, body: { target: { kind: 'home' }, channel: 'chat' } })
  return backend
}

function fuzz(op: Operation): string[] {
  const failures: string[] = []
  const backend = fresh()
  const send = (label: string, path: string, headers: Record<string, string>, body: unknown, query: Record<string, string> = {}) => {
    let status: number
    let answer: unknown
    try {
      const res = handleRequest(backend, { method: op.method, path: `/api/v1${path}`, query, headers, body })
      status = res.status
      answer = res.body
    } catch (error) {
      failures.push(`${op.method} ${op.template} [${label}] threw ${String(error)}`)
      return
    }
    for (const problem of problemsWith(status, answer)) failures.push(`${op.method} ${op.template} [${label}] ${problem}`)
  }
  const realPath = pathFor(op, REAL_IDS[op.template] ?? 'x')
  for (const caller of CALLERS) {
    const headers = caller.headers(backend)
    for (const id of ODD_IDS) send(`${caller.name}, id ${id.slice(0, 12)}`, pathFor(op, id), headers, op.hasBody ? {} : undefined)
    if (op.hasBody) {
      for (const { name, body } of [...oddBodies(op), { name: 'plausible', body: op.plausibleBody }]) {
        send(`${caller.name}, body ${name}`, realPath, headers, body)
        send(`${caller.name}, body ${name}, keyed`, realPath, { ...headers, 'idempotency-key': `fuzz-${caller.name}` }, body)
      }
    }
    for (const name of op.queryNames) {
      for (const value of ODD_QUERY_VALUES) send(`${caller.name}, ?${name}=${value.slice(0, 12)}`, realPath, headers, undefined, { [name]: value })
    }
    send(`${caller.name}, query __proto__`, realPath, headers, undefined, JSON.parse('{"__proto__":"x","constructor":"y"}'))
  }
  // An id that names an Object.prototype member is just an unknown id: the same answer as one.
  if (op.template.includes('{')) {
    for (const caller of CALLERS.slice(0, 2)) {
      for (const body of op.hasBody ? [{}, op.plausibleBody] : [undefined]) {
        const unknown = handleRequest(backend, { method: op.method, path: `/api/v1${pathFor(op, 'zz-no-such-id')}`, query: {}, headers: caller.headers(backend), body })
        for (const id of PROTOTYPE_NAMES) {
          const res = handleRequest(backend, { method: op.method, path: `/api/v1${pathFor(op, id)}`, query: {}, headers: caller.headers(backend), body })
          const got = [res.status, (res.body as { error?: { code?: string } }).error?.code]
          const want = [unknown.status, (unknown.body as { error?: { code?: string } }).error?.code]
          if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${op.method} ${op.template} [${caller.name}, id ${id}, body ${JSON.stringify(body)}] ${got.join(' ')}, an unknown id gets ${want.join(' ')}`)
        }
      }
    }
  }
  for (const headers of ODD_HEADERS) send(`header ${JSON.stringify(headers).slice(0, 40)}`, realPath, headers, op.hasBody ? {} : undefined)
  // The backend still answers a plain request afterwards, and nothing leaked onto Object.prototype.
  send('afterwards', '/me', {}, undefined)
  return failures
}

const operations = documentedOperations()

describe('odd input, every documented operation, in process', () => {
  it('reads the operations from openapi.yaml', () => {
    expect(operations.length).toBeGreaterThanOrEqual(45)
    expect(operations).toContainEqual(expect.objectContaining({ method: 'POST', template: '/shares/{id}/visits' }))
  })

  it.each(operations.map((op) => [`${op.method} ${op.template}`, op] as const))('%s never answers 5xx, empty or internal', (_name, op) => {
    expect(fuzz(op)).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'isAdmin')).toBe(false)
  })
})
