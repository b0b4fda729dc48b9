import type { IncomingMessage } from 'node:http'
import { HttpError, MAX_BODY_BYTES } from '../routes'

/** Collects the body as UTF-8 text, refusing (413) past the limit instead of buffering forever. */
export function readRequestBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let refused = false
    req.on('data', (chunk: Buffer) => {
      if (refused) return
      size += chunk.length
      if (size > limit) {
        refused = true
        reject(new HttpError(413, 'PAYLOAD_TOO_LARGE', `请求体超过 ${limit} 字节`))
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks).toString('utf8'))
    })
    req.on('error', reject)
  })
}
