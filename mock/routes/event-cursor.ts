import { parseInstant, type GrowthEvent } from '../../src/domain'
import { badRequest } from './errors'

/**
 * A cursor names the last event a page showed (its instant and id), not an offset, so events
 * appended while someone scrolls never shift the pages: nothing repeats and nothing is skipped.
 * Hex keeps it opaque and URL-safe without btoa, which the weapp runtime lacks.
 */
export interface CursorPosition {
  at: number
  id: string
}

export function encodeCursor(event: GrowthEvent): string {
  const plain = `${parseInstant(event.occurredAt)}|${event.id}`
  let hex = ''
  for (let i = 0; i < plain.length; i++) hex += plain.charCodeAt(i).toString(16).padStart(2, '0')
  return hex
}

export function decodeCursor(cursor: string): CursorPosition {
  const invalid = () => badRequest('cursor 无效，请从第一页重新加载')
  if (!/^(?:[0-9a-f]{2})+$/.test(cursor) || cursor.length > 400) throw invalid()
  let plain = ''
  for (let i = 0; i < cursor.length; i += 2) plain += String.fromCharCode(parseInt(cursor.slice(i, i + 2), 16))
  const match = /^(-?\d{1,15})\|(e-\d+)$/.exec(plain)
  if (!match) throw invalid()
  return { at: Number(match[1]), id: match[2] }
}

/** Whether `event` comes after `position` in newest-first order (instant desc, then id desc). */
export function isAfterCursor(event: GrowthEvent, position: CursorPosition): boolean {
  const at = parseInstant(event.occurredAt)
  return at < position.at || (at === position.at && event.id < position.id)
}
