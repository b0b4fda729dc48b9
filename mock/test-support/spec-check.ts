import type { MockRequest, MockResponse } from '../routes'
import { createResponseValidator, loadOpenApi, type OpenApiDoc } from './openapi-validator'

/**
 * The fake backend's answers held to `openapi.yaml`, wherever a test produces one: `call()` runs
 * every response through `specViolations`, so each route test is also a contract test. What is
 * not checked, on purpose: the `malformed` scenario (it breaks the schema by design), held
 * `timeout` answers, and paths the document does not describe (unknown paths answer 404 anyway;
 * `openapi.test.ts` checks every implemented route is described).
 */

type Operation = { responses: Record<string, { content?: unknown; $ref?: string }> }

let doc: OpenApiDoc | null = null
let validate: ReturnType<typeof createResponseValidator> | null = null
let templates: Array<{ template: string; pattern: RegExp; literal: number }> | null = null

function load() {
  doc ??= loadOpenApi()
  validate ??= createResponseValidator(doc)
  // Literal paths win over templated ones (`/content/faq/questions` before `/content/{slug}`).
  templates ??= Object.keys(doc.paths)
    .map((template) => ({
      template,
      pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^/}]+\}/g, '[^/]+')}$`),
      literal: template.split('/').filter((s) => s && !s.startsWith('{')).length,
    }))
    .sort((a, b) => b.literal - a.literal)
  return { doc, validate, templates }
}

/** The document's path template for a request path below `/api/v1`, or null. */
export function specPathFor(path: string): string | null {
  const relative = path.replace(/^\/api\/v1/, '') || '/'
  return load().templates.find((t) => t.pattern.test(relative))?.template ?? null
}

/** What is wrong with this answer by the document (empty when nothing is, or when it is not checked). */
export function specViolations(req: Pick<MockRequest, 'method' | 'path' | 'headers'>, res: MockResponse): string[] {
  if (res.holds || /malformed/.test(req.headers['x-mock-scenario'] ?? '')) return []
  const template = specPathFor(req.path)
  if (!template) return []
  const { doc: spec, validate: check } = load()
  const method = req.method.toLowerCase()
  const operation = spec.paths[template]?.[method] as Operation | undefined
  const where = `${req.method} ${template} → ${res.status}`
  // A method the path does not have is the backend's 404/405; only an error body is expected then.
  if (!operation) return res.status >= 400 ? [] : [`${where}: openapi.yaml has no ${req.method} for ${template}`]
  const key = String(res.status) in operation.responses ? String(res.status) : 'default'
  const declared = operation.responses[key]
  if (!declared) return [`${where}: openapi.yaml declares neither ${res.status} nor default`]
  const resolved = declared.$ref ? (spec.components as Record<string, Record<string, { content?: unknown }>>).responses?.[declared.$ref.split('/').pop() as string] : declared
  if (!resolved?.content) return res.body === undefined || res.body === null || res.body === '' ? [] : [`${where}: a body where openapi.yaml declares none`]
  return check(template, req.method, res.status, res.body).map((e) => `${where}: ${e}`)
}
