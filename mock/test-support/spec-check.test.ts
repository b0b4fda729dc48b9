import { call, fixedBackend } from './call'
import { specPathFor, specViolations } from './spec-check'

const req = (method: string, path: string, headers: Record<string, string> = {}) => ({ method, path: `/api/v1${path}`, headers })

describe('specViolations: the check call() runs on every answer', () => {
  it('finds the document path, literal before templated', () => {
    expect(specPathFor('/api/v1/content/faq/questions')).toBe('/content/faq/questions')
    expect(specPathFor('/api/v1/content/faq')).toBe('/content/{slug}')
    expect(specPathFor('/api/v1/coupons/c-1/code')).toBe('/coupons/{id}/code')
    expect(specPathFor('/api/v1/nowhere')).toBeNull()
  })

  it('passes a real answer and fails one that breaks its schema', () => {
    const res = call(fixedBackend(), 'GET /me')
    expect(specViolations(req('GET', '/me'), res)).toEqual([])
    const broken = { ...res, body: { member: { ...res.body.member, levelCode: 'emperor' } } }
    expect(specViolations(req('GET', '/me'), broken)).not.toEqual([])
  })

  it('fails an error body whose code the status does not allow, and a status the operation lacks', () => {
    const unauthenticated = { status: 401, body: { error: { code: 'SOMETHING_ELSE', message: '未登录' } } }
    expect(specViolations(req('GET', '/me'), unauthenticated)).not.toEqual([])
    // A 200 that the document does not list for the method: a body that is not the success shape still fails on `default`.
    expect(specViolations(req('POST', '/auth/sms'), { status: 200, body: { sent: true } })).not.toEqual([])
    expect(specViolations(req('POST', '/auth/sms'), { status: 204, body: { sent: true } })).toEqual([expect.stringContaining('a body where openapi.yaml declares none')])
    expect(specViolations(req('POST', '/auth/sms'), { status: 204, body: undefined })).toEqual([])
  })

  it('does not check what breaks the schema on purpose', () => {
    expect(specViolations(req('GET', '/me', { 'x-mock-scenario': 'malformed' }), { status: 200, body: { nonsense: 1 } })).toEqual([])
  })

  it('makes call() throw on an answer that does not match', () => {
    expect(() => call(fixedBackend(), 'GET /me', { persona: 'visitor' })).not.toThrow()
    expect(specViolations(req('GET', '/me'), { status: 404, body: { error: { code: 'NOT_FOUND', message: '无' } } })).not.toEqual([])
  })
})
