import { badRequest } from './errors'

/** Body size the adapters accept; far above any real request of this contract. */
export const MAX_BODY_BYTES = 1_000_000

/** Wire text → JSON value; empty means no body. Invalid JSON is the client's 400, not our 500. */
export function parseJsonText(text: string | null | undefined): unknown {
  if (text === undefined || text === null || text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw badRequest('请求体不是合法的 JSON')
  }
}
