import { badRequest } from './errors'

export type JsonObject = Record<string, unknown>

/** The body as an object; a missing body counts as `{}` when `optional`. */
export function readObjectBody(body: unknown, optional = false): JsonObject {
  if ((body === undefined || body === null || body === '') && optional) return {}
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('请求体必须是 JSON 对象')
  return body as JsonObject
}

export function readEnum<T extends string>(body: JsonObject, field: string, allowed: readonly T[]): T {
  const value = body[field]
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw badRequest(`字段 ${field} 必须是 ${allowed.join(' / ')} 之一`)
  }
  return value as T
}

/** An optional whole number within [min, max]; `undefined` when absent. */
export function readOptionalInt(body: JsonObject, field: string, min: number, max: number): number | undefined {
  const value = body[field]
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badRequest(`字段 ${field} 必须是 ${min} 到 ${max} 之间的整数`)
  }
  return value
}

/** Unknown fields are a client mistake worth telling, not something to ignore silently. */
export function rejectUnknownFields(body: JsonObject, known: readonly string[]): void {
  const unknown = Object.keys(body).filter((key) => !known.includes(key))
  if (unknown.length > 0) throw badRequest(`不认识的字段：${unknown.join(', ')}`)
}
