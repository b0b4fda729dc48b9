/**
 * `length` random bytes from a cryptographic source. The domain runs in the browser, the
 * mini-program and Node, each with its own source, so the caller injects one; nothing in here
 * falls back to `Math.random`, whose output can be predicted from a few samples.
 */
export type RandomBytes = (length: number) => Uint8Array

/** Draws after which a source that keeps answering out-of-range bytes is taken to be broken. */
const MAX_REJECTED_DRAWS = 64

/**
 * Reads integers in [0, n) (n ≤ 256) from a byte source without modulo bias: a byte at or above
 * the largest multiple of n is thrown away and another drawn. Bytes are fetched in small batches.
 */
export function createIntReader(bytes: RandomBytes, batch = 32): (n: number) => number {
  let buffer = new Uint8Array(0)
  let at = 0
  const nextByte = () => {
    if (at >= buffer.length) {
      buffer = bytes(batch)
      at = 0
      if (buffer.length === 0) throw new Error('random source returned no bytes')
    }
    return buffer[at++]
  }
  return (n) => {
    if (!Number.isInteger(n) || n < 1 || n > 256) throw new RangeError(`n must be 1..256, got ${n}`)
    const limit = 256 - (256 % n)
    for (let draw = 0; draw < MAX_REJECTED_DRAWS; draw++) {
      const byte = nextByte()
      if (byte < limit) return byte % n
    }
    throw new Error('random source keeps answering out-of-range bytes')
  }
}
