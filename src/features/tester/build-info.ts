import { getCurrentInstance } from '@tarojs/taro'
import { API_PREFIX } from '@/services/request'

export { STORE_COUNTER_ROUTE } from './open'

export interface BuildInfo {
  version: string
  env: string
  mock: boolean
  apiBase: string
}

export function buildInfo(): BuildInfo {
  return {
    version: __APP_VERSION__,
    env: process.env.TARO_ENV ?? 'unknown',
    mock: __MOCK__,
    apiBase: `${__API_BASE__ || '（同源）'}${API_PREFIX}`,
  }
}

/** Whether the running app declares a route: Taro keeps app.config on the app object. */
export function appHasPage(route: string): boolean {
  type SubPackage = { root: string; pages: string[] }
  const app = getCurrentInstance()?.app as { config?: { pages?: string[]; subPackages?: SubPackage[]; subpackages?: SubPackage[] } } | undefined | null
  const config = app?.config ?? {}
  // Detail and tester pages live in subpackages (src/app.config.ts): a route is root + page.
  const sub = [...(config.subPackages ?? []), ...(config.subpackages ?? [])].flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))
  return [...(config.pages ?? []), ...sub].includes(route.replace(/^\//, ''))
}

/** A day count moved from the backend's current time, as the ISO instant /mock/clock takes. */
export function shiftedInstant(fromIso: string, days: number): string {
  return new Date(Date.parse(fromIso) + days * 86_400_000).toISOString()
}

/** ¥ text typed by a tester → whole fen, or null when it is not a positive amount. */
export function yuanToFen(text: string): number | null {
  if (!/^\d+(\.\d{1,2})?$/.test(text.trim())) return null
  const fen = Math.round(Number(text.trim()) * 100)
  return fen > 0 ? fen : null
}
