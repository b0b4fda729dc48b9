import type { RandomBytes } from '../../src/domain'

/**
 * Where the fake backend's codes get their randomness. A redemption code stands for money at the
 * till, so it must not be guessable; `Math.random` is not a cryptographic source (a few outputs
 * predict the rest), so it is never a fallback. The chain, first available wins:
 *
 * 1. Web Crypto `crypto.getRandomValues`: browsers (the H5 build and its service worker), Node 20
 *    (its global `crypto` is node:crypto's webcrypto: jest and `npm run mock:server`), and WeChat
 *    runtimes that expose it.
 * 2. Bytes fetched ahead of time from `wx.getRandomValues` (base library 2.15.0+). WeChat's JS
 *    engine has no global `crypto` in older base libraries, and its own API is asynchronous while
 *    handling a request is synchronous, so the weapp transport keeps a pool topped up.
 * 3. Nothing: the code request fails with a clear 503 instead of issuing a weak code.
 */
const POOL_LOW_BYTES = 1024
const POOL_FILL_BYTES = 4096
const pool: number[] = []
let topping: Promise<void> | null = null

interface WebCrypto {
  getRandomValues<T extends Uint8Array>(array: T): T
}
interface WxRandom {
  getRandomValues?: (options: { length: number; success?: (res: { randomValues: ArrayBuffer }) => void; fail?: (err: unknown) => void }) => void
}

// Read as bare globals with `typeof`: older WeChat base libraries have no `globalThis` either.
declare const wx: WxRandom | undefined

function webCrypto(): WebCrypto | undefined {
  const candidate: Partial<WebCrypto> | undefined = typeof crypto === 'undefined' ? undefined : crypto
  return candidate && typeof candidate.getRandomValues === 'function' ? (candidate as WebCrypto) : undefined
}

function wxApi(): WxRandom | undefined {
  return typeof wx === 'undefined' ? undefined : wx
}

export class RandomSourceUnavailable extends Error {
  constructor() {
    super('no cryptographic random source in this runtime')
  }
}

/** `length` cryptographically random bytes, or `RandomSourceUnavailable`. */
export const secureRandomBytes: RandomBytes = (length) => {
  const crypto = webCrypto()
  if (crypto) return crypto.getRandomValues(new Uint8Array(length))
  if (pool.length >= length) {
    const bytes = Uint8Array.from(pool.splice(0, length))
    if (pool.length < POOL_LOW_BYTES) void topUpRandomPool()
    return bytes
  }
  void topUpRandomPool()
  throw new RandomSourceUnavailable()
}

/**
 * Fills the pool from `wx.getRandomValues` where Web Crypto is missing; a no-op elsewhere.
 * The weapp transport calls it at start and the source after each draw that runs it low.
 */
export function topUpRandomPool(): Promise<void> {
  const getRandomValues = wxApi()?.getRandomValues
  if (webCrypto() || !getRandomValues || pool.length >= POOL_LOW_BYTES) return Promise.resolve()
  topping ??= new Promise<void>((resolve) => {
    const done = () => {
      topping = null
      resolve()
    }
    try {
      getRandomValues({
        length: POOL_FILL_BYTES,
        success: (res) => {
          pool.push(...new Uint8Array(res.randomValues))
          done()
        },
        fail: done,
      })
    } catch {
      done()
    }
  })
  return topping
}

/** Tests only: empties the pool. */
export function drainRandomPoolForTests(): void {
  pool.length = 0
}
