import { call, fixedBackend } from './test-support/call'
import { loadOpenApi } from './test-support/openapi-validator'

/**
 * The security each operation declares in openapi.yaml is what the fake backend enforces:
 * memberBearer operations refuse an unknown member token (401 UNAUTHENTICATED), staffBearer ones
 * answer 401 without a staff token, and public ones (`security: []`) answer without any.
 */
type Operation = { security?: Array<Record<string, string[]>> }
const doc = loadOpenApi() as unknown as { paths: Record<string, Record<string, Operation>> }

const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods)
    .filter(([method]) => ['get', 'post', 'patch'].includes(method))
    .map(([method, op]) => ({
      name: `${method.toUpperCase()} ${path}`,
      route: `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, 'x-unknown')}`,
      schemes: (op.security ?? []).flatMap((s) => Object.keys(s)),
      declared: op.security !== undefined,
    })),
)

describe('openapi.yaml security matches what the backend enforces', () => {
  it.each(operations.map((o) => [o.name, o]))('%s declares its security', (_name, op) => {
    expect(op.declared).toBe(true)
    expect(op.schemes.every((s) => s === 'memberBearer' || s === 'staffBearer')).toBe(true)
  })

  const member = operations.filter((o) => o.schemes.includes('memberBearer'))
  it.each(member.map((o) => [o.name, o]))('%s refuses an unknown member token with 401 UNAUTHENTICATED', (_name, op) => {
    // The weapp's PATCH override is a POST to /me: it takes the same member token.
    const res = call(fixedBackend(), op.route, { token: 'mt.unknown', body: {} })
    expect([res.status, res.body?.error?.code]).toEqual([401, 'UNAUTHENTICATED'])
  })

  const staff = operations.filter((o) => o.schemes.includes('staffBearer'))
  it.each(staff.map((o) => [o.name, o]))('%s answers 401 without a staff token', (_name, op) => {
    expect(call(fixedBackend(), op.route, { body: {} }).status).toBe(401)
  })

  const open = operations.filter((o) => o.schemes.length === 0)
  it.each(open.map((o) => [o.name, o]))('%s answers without any token', (_name, op) => {
    expect(call(fixedBackend(), op.route, { body: {} }).status).not.toBe(401)
  })

  it('declares exactly the two bearer schemes', () => {
    const schemes = (loadOpenApi() as unknown as { components: { securitySchemes: Record<string, { type: string; scheme: string }> } }).components.securitySchemes
    expect(schemes).toEqual({
      memberBearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      staffBearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    })
  })
})
