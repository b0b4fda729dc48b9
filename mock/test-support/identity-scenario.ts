/**
 * The identity rules through an adapter: each must carry `Authorization` through to the one
 * backend and bring 204/401/404/409/429 back intact. Shared by the per-adapter test files.
 */
export type Send = (method: string, path: string, opts?: { token?: string; persona?: string; body?: unknown }) => Promise<{ status: number; body: any }> // eslint-disable-line @typescript-eslint/no-explicit-any

export function headersFor(opts: { token?: string; persona?: string; body?: unknown }): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`
  if (opts.persona) headers['X-Persona'] = opts.persona
  return headers
}

export const overFetch =
  (base: string): Send =>
  async (method, path, opts = {}) => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: headersFor(opts),
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : undefined }
  }


export function describeIdentityThrough(name: string, make: () => Send): void {
  describe(`identity through ${name}`, () => {
  it('a stranger signs in by phone, is NOT_MEMBER, joins once, then is a member; the token wins over X-Persona', async () => {
    const send = make()
    const phone = `1571234${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`
    expect((await send('POST', '/auth/sms', { body: { phone } })).status).toBe(204)
    expect((await send('POST', '/auth/sms', { body: { phone } })).body.error.code).toBe('TOO_MANY_REQUESTS')
    expect((await send('POST', '/auth/phone', { body: { phone, smsCode: '000000' } })).body.error.code).toBe('SMS_CODE_INVALID')
    const signedIn = await send('POST', '/auth/phone', { body: { phone, smsCode: '123456' } })
    expect(signedIn.body.joined).toBe(false)
    const token = signedIn.body.token as string
    expect((await send('GET', '/me/growth', { token, persona: 'active' })).body.error.code).toBe('NOT_MEMBER')
    const consent = { privacyVersion: '2026-11', acceptedAt: new Date().toISOString() }
    const joined = await send('POST', '/members', { token, body: { consent, nickname: '新朋友' } })
    expect([joined.status, joined.body.member.levelCode]).toEqual([201, 'explorer'])
    expect((await send('POST', '/members', { token, body: { consent } })).body.error.code).toBe('ALREADY_MEMBER')
    expect((await send('GET', '/me', { token, persona: 'active' })).body.member.nickname).toBe('新朋友')
  })

  it('an unknown token is 401 UNAUTHENTICATED', async () => {
    const res = await make()('GET', '/coupons', { token: 'mt.unknown', persona: 'active' })
    expect([res.status, res.body.error.code]).toEqual([401, 'UNAUTHENTICATED'])
  })
  })
}
