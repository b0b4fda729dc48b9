/**
 * A map keyed by what callers send (ids, codes, tokens, idempotency keys) must not inherit from
 * `Object.prototype`: on a plain object `codes['constructor']` is a function and
 * `keys['__proto__'] = x` replaces the prototype. A dict has no prototype, so every key is data.
 * State restored from JSON comes back as plain objects: accessors pass their maps through `dict`
 * each time (cheap when it already is one).
 */
export type Dict<T> = Record<string, T>

export function dict<T>(from?: unknown): Dict<T> {
  if (typeof from === 'object' && from !== null && !Array.isArray(from) && Object.getPrototypeOf(from) === null) return from as Dict<T>
  const made = Object.create(null) as Dict<T>
  if (typeof from === 'object' && from !== null && !Array.isArray(from)) {
    // Own enumerable keys only, `__proto__` included (JSON.parse makes it an own key): data, not a prototype.
    for (const key of Object.keys(from)) made[key] = (from as Dict<T>)[key]
  }
  return made
}

/** `record[key]` only when the record itself holds it, for maps that may still be plain objects. */
export function own<T>(record: Dict<T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}
