// Build-time constants that Taro's defineConstants injects.
const g = globalThis as Record<string, unknown>
g.__MOCK__ = true
g.__COUNTER_APP__ = false
g.__API_BASE__ = ''
g.__APP_VERSION__ = 'test'
g.defineAppConfig = (c: unknown) => c
g.definePageConfig = (c: unknown) => c
process.env.TARO_ENV = process.env.TARO_ENV || 'h5'
