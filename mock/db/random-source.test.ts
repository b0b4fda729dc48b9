import { isWellFormedCode } from '../../src/domain/coupons'
import { call, fixedBackend } from '../test-support/call'
import { drainRandomPoolForTests, RandomSourceUnavailable, secureRandomBytes, topUpRandomPool } from './random-source'

type WxStub = { getRandomValues: jest.Mock }

/** Runs `body` as in an older WeChat runtime: no global Web Crypto, optionally a `wx`. */
async function withoutWebCrypto(wx: WxStub | undefined, body: () => Promise<void> | void) {
  const crypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto')
  Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true, writable: true })
  if (wx) Object.assign(globalThis, { wx })
  drainRandomPoolForTests()
  try {
    await body()
  } finally {
    if (crypto) Object.defineProperty(globalThis, 'crypto', crypto)
    delete (globalThis as { wx?: unknown }).wx
    drainRandomPoolForTests()
  }
}

function firstAvailableCoupon(backend: ReturnType<typeof fixedBackend>) {
  return call(backend, 'GET /coupons?status=available').body.coupons[0] as { id: string }
}

describe('redemption codes come from a cryptographic source', () => {
  it('with Math.random stuck at one value, codes issued by the fake backend are still all different and valid', () => {
    const spy = jest.spyOn(Math, 'random').mockReturnValue(0.42)
    try {
      const backend = fixedBackend()
      const coupon = firstAvailableCoupon(backend)
      const codes = Array.from({ length: 50 }, () => {
        const res = call(backend, `POST /coupons/${coupon.id}/code`)
        expect(res.status).toBe(201)
        return res.body.code as string
      })
      expect(new Set(codes).size).toBe(50)
      for (const code of codes) expect(isWellFormedCode(code)).toBe(true)
    } finally {
      spy.mockRestore()
    }
  })

  it('where the runtime has no Web Crypto, draws on bytes fetched ahead from wx.getRandomValues', async () => {
    const wx: WxStub = {
      getRandomValues: jest.fn(({ length, success }: { length: number; success: (r: { randomValues: ArrayBuffer }) => void }) =>
        success({ randomValues: Uint8Array.from({ length }, (_, i) => (i * 37 + 11) % 256).buffer }),
      ),
    }
    await withoutWebCrypto(wx, async () => {
      await topUpRandomPool()
      expect(wx.getRandomValues).toHaveBeenCalledTimes(1)
      const bytes = secureRandomBytes(8)
      expect(Array.from(bytes)).toEqual([11, 48, 85, 122, 159, 196, 233, 14])
    })
  })

  it('with no cryptographic source at all, the code request fails with a clear 503 instead of a weak code', async () => {
    await withoutWebCrypto(undefined, () => {
      expect(() => secureRandomBytes(4)).toThrow(RandomSourceUnavailable)
      const backend = fixedBackend()
      const res = call(backend, `POST /coupons/${firstAvailableCoupon(backend).id}/code`)
      expect(res.status).toBe(503)
      expect(res.body.error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: '暂时无法生成安全的券码，请稍后重试' })
    })
  })
})
