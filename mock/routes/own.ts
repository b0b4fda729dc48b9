/**
 * A map lookup that only sees the map's own entries: ids from the wire such as `__proto__` or
 * `constructor` read as absent (a 404), never as Object.prototype's members (a 500).
 */
export function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined
}
