import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { parse } from 'yaml'

const DOC_ID = 'https://member-circle.local/openapi.yaml'

export type OpenApiDoc = {
  openapi: string
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
  components: { schemas: Record<string, unknown> }
}

export function loadOpenApi(): OpenApiDoc {
  return parse(readFileSync(join(__dirname, '..', 'openapi.yaml'), 'utf8')) as OpenApiDoc
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

/**
 * Validates a response against what the document says for that path, method and status
 * (falling back to `default`), so the test checks the paths section, not just the components.
 * OpenAPI 3.1 schemas are JSON Schema 2020-12; `strict: false` lets ajv skip the OpenAPI-only
 * keywords around them.
 */
export function createResponseValidator(doc = loadOpenApi()) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false })
  ajv.addSchema({ ...doc, $id: DOC_ID })
  return (path: string, method: string, status: number, body: unknown): string[] => {
    const responses = doc.paths[path]?.[method.toLowerCase()]?.responses
    if (!responses) return [`openapi.yaml does not describe ${method} ${path}`]
    const key = String(status) in responses ? String(status) : 'default'
    if (!(key in responses)) return [`openapi.yaml has no ${status} or default for ${method} ${path}`]
    const ref = `${DOC_ID}#/${pointer('paths', path, method.toLowerCase(), 'responses', key)}`
    const responseObject = responses[key] as { $ref?: string }
    const schemaRef = responseObject.$ref
      ? `${DOC_ID}${responseObject.$ref}/content/application~1json/schema`
      : `${ref}/content/application~1json/schema`
    const validate = ajv.getSchema(schemaRef) ?? ajv.compile({ $ref: schemaRef })
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
  }
}
