import { loadOpenApi } from './openapi-validator'

/**
 * Odd input for every operation `openapi.yaml` documents (contract part 3, "Trust"): read from the
 * document, so an operation added later is fuzzed without anyone remembering to list it here.
 */

export interface Operation {
  method: string
  /** Contract path with `{name}` placeholders, e.g. `/shares/{id}/visits`. */
  template: string
  queryNames: string[]
  /** Top-level body fields the document names (resolving one `$ref`), to send with wrong types. */
  bodyFields: string[]
  /** A body of the documented field types (strings `x`, booleans false…), to get past type checks. */
  plausibleBody: Record<string, unknown>
  hasBody: boolean
}

type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema> }

const PLAUSIBLE: Record<string, unknown> = { string: 'x', boolean: false, integer: 1, number: 1, array: [], object: {} }

function plausibleValue(schema: Schema | undefined): unknown {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type
  return PLAUSIBLE[type ?? 'string'] ?? 'x'
}
type Parameter = { $ref?: string; in?: string; name?: string }
type RawOperation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }

const METHODS = ['get', 'post', 'put', 'patch', 'delete']

export function documentedOperations(): Operation[] {
  const doc = loadOpenApi() as unknown as {
    paths: Record<string, Record<string, RawOperation>>
    components: { schemas: Record<string, Schema>; parameters: Record<string, Parameter> }
  }
  const resolve = <T extends { $ref?: string }>(item: T | undefined, section: 'schemas' | 'parameters'): T | undefined => {
    if (!item?.$ref) return item
    return doc.components[section][item.$ref.split('/').pop() ?? ''] as T | undefined
  }
  const operations: Operation[] = []
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue
      const parameters = (op.parameters ?? []).map((p) => resolve(p, 'parameters')).filter((p): p is Parameter => p !== undefined)
      const schema = resolve(op.requestBody?.content?.['application/json']?.schema, 'schemas')
      operations.push({
        method: method.toUpperCase(),
        template,
        queryNames: parameters.filter((p) => p.in === 'query' && p.name).map((p) => p.name as string),
        bodyFields: Object.keys(schema?.properties ?? {}),
        plausibleBody: Object.fromEntries(Object.entries(schema?.properties ?? {}).map(([name, s]) => [name, plausibleValue(resolve(s, 'schemas'))])),
        hasBody: method !== 'get',
      })
    }
  }
  return operations
}

const HUGE = 'x'.repeat(200_000)

/** Path ids as a caller could send them; each is URL-encoded into the path segment. */
export const ODD_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', 'a'.repeat(5000), '会员🎉', '../', '..', '%', 'null', '0', '-1']

/** Fill every `{name}` with `id`, encoded as a browser would. */
export function pathFor(op: Operation, id: string): string {
  return op.template.replace(/\{[^}]+\}/g, () => encodeURIComponent(id))
}

export const ODD_QUERY_VALUES = ['__proto__', 'constructor', '', '-1', '0', '1e309', 'NaN', '9'.repeat(400), '2026-13', 'abc', '../', '会员', HUGE.slice(0, 5000)]

/** Bodies that are not what any route wants, including prototype pollution attempts. */
export function oddBodies(op: Operation): { name: string; body: unknown }[] {
  const bodies: { name: string; body: unknown }[] = [
    { name: 'none', body: undefined },
    { name: 'null', body: null },
    { name: 'array', body: [1, 2] },
    { name: 'number', body: 42 },
    { name: 'string', body: 'hello' },
    { name: 'invalid JSON text', body: '{"a":' },
    { name: 'empty object', body: {} },
    { name: '__proto__ key', body: JSON.parse('{"__proto__":{"polluted":true,"isAdmin":true}}') },
    { name: 'constructor key', body: JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') },
    { name: 'huge string', body: { text: HUGE } },
  ]
  const wrong: unknown[] = [null, 123, -1, 1.5, true, '', '__proto__', 'constructor', HUGE, [], {}, ['__proto__'], { __proto__: null }]
  for (const value of wrong) {
    if (op.bodyFields.length === 0) continue
    bodies.push({ name: `every field = ${JSON.stringify(value)?.slice(0, 20)}`, body: Object.fromEntries(op.bodyFields.map((f) => [f, value])) })
  }
  // One field at a time odd, the others plausible strings: reaches deeper than all-wrong bodies.
  for (const field of op.bodyFields) {
    for (const value of ['__proto__', 'constructor', HUGE, -5, { __proto__: { polluted: true } }]) {
      bodies.push({ name: `${field} = ${String(value).slice(0, 12)}`, body: { ...Object.fromEntries(op.bodyFields.map((f) => [f, 'x'])), [field]: value } })
    }
  }
  return bodies
}

/** Headers a confused or hostile client sends. */
export const ODD_HEADERS: Record<string, string>[] = [
  { 'x-persona': '__proto__' },
  { 'x-persona': 'constructor' },
  { 'x-persona': 'active~0' },
  { 'x-persona': 'active~1000' },
  { 'x-persona': '会员' },
  { 'x-persona': 'x'.repeat(10_000) },
  { 'x-persona': '' },
  { 'idempotency-key': '__proto__' },
  { 'idempotency-key': 'constructor' },
  { 'idempotency-key': '' },
  { 'idempotency-key': 'k'.repeat(65) },
  { 'idempotency-key': '键🎉' },
  { authorization: 'Bearer ' },
  { authorization: 'Bearer __proto__' },
  { authorization: 'Bearer constructor' },
  { authorization: 'Basic YWxhZGRpbjpvcGVu' },
  { authorization: 'Bearer mt.__proto__' },
  { authorization: 'x'.repeat(10_000) },
  { 'x-mock-scenario': '__proto__' },
  { 'x-mock-scenario': 'constructor@/__proto__' },
]

/** What "odd input was handled" means, as a list of problems (empty when fine). */
export function problemsWith(status: number, body: unknown): string[] {
  const problems: string[] = []
  if (!Number.isInteger(status) || status < 200 || status >= 500) problems.push(`status ${status}`)
  if (status >= 400) {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error
    if (typeof error?.code !== 'string' || typeof error.message !== 'string') problems.push('no {error:{code,message}}')
    else if (!/[\u4e00-\u9fff]/.test(error.message)) problems.push(`message not Chinese: ${error.message.slice(0, 80)}`)
    else if (error.message.length > 500) problems.push(`message echoes ${error.message.length} characters`)
  } else if (status !== 204 && (body === undefined || body === null || typeof body !== 'object')) {
    problems.push(`empty ${status}`)
  }
  return problems
}
