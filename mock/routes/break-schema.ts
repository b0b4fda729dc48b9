/**
 * The `malformed` scenario: a 200 whose body a careful client must refuse. Generic so that
 * every later resource breaks too: level codes become numbers, top-level lists stop being
 * lists, a wrapped record (`{ member }`, `{ coupon }`) loses its id, and a flat body that none of
 * that changes (`{ code, expiresAt, refreshAfterMs }`) loses its first field.
 */
export function breakSchema(body: unknown): unknown {
  const broken = numberLevelCodes(JSON.parse(JSON.stringify(body ?? null)))
  if (!isRecord(broken)) return { unexpected: true }
  const keys = Object.keys(broken)
  for (const key of keys) {
    if (Array.isArray(broken[key])) broken[key] = 'not-an-array'
  }
  if (keys.length === 1 && isRecord(broken[keys[0]])) delete (broken[keys[0]] as Record<string, unknown>).id
  // A body like /me/growth keeps a shape but loses a required block.
  if ('totals' in broken) delete broken.totals
  if ('nextCursor' in broken) delete broken.nextCursor
  // A flat body none of the above touches (a redemption code) loses its first field.
  if (JSON.stringify(broken) === JSON.stringify(body ?? null)) delete broken[keys[0]]
  return broken
}

function numberLevelCodes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(numberLevelCodes)
  if (!isRecord(value)) return value
  for (const key of Object.keys(value)) {
    value[key] = /levelcode$/i.test(key) ? 42 : numberLevelCodes(value[key])
  }
  return value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
