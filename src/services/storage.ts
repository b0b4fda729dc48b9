import Taro from '@tarojs/taro'

/**
 * Storage that never throws: a missing key reads as null (Taro returns ''), and corrupt or
 * older-format data is dropped rather than crashed on.
 */
interface Envelope<T> {
  v: number
  data: T
}

export function readStored<T>(key: string, version: number, isValid: (data: unknown) => data is T): T | null {
  try {
    const raw: unknown = Taro.getStorageSync(key)
    if (raw === '' || raw === null || raw === undefined) return null
    const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Partial<Envelope<unknown>>
    if (!parsed || parsed.v !== version || !isValid(parsed.data)) {
      Taro.removeStorageSync(key)
      return null
    }
    return parsed.data
  } catch {
    safeRemove(key)
    return null
  }
}

export function writeStored<T>(key: string, version: number, data: T): void {
  try {
    Taro.setStorageSync(key, JSON.stringify({ v: version, data } satisfies Envelope<T>))
  } catch {
    // Storage full or unavailable: the app still works, it just cannot show old data offline.
  }
}

export function removeStored(key: string): void {
  safeRemove(key)
}

function safeRemove(key: string) {
  try {
    Taro.removeStorageSync(key)
  } catch {
    /* nothing more to do */
  }
}
