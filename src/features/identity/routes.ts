import Taro from '@tarojs/taro'

/** The identity screens' routes, and where the member was when they were sent to one. */
export const SIGN_IN_PAGE = '/pages/sign-in/index'
export const PROGRAMME_PAGE = '/pages/programme/index'
export const JOIN_PAGE = '/pages/join/index'
export const PROFILE_EDIT_PAGE = '/pages/profile-edit/index'
export const HOME_PAGE = '/pages/home/index'

const TAB_PAGES = ['/pages/home/index', '/pages/rights/index', '/pages/coupons/index', '/pages/profile/index']
const IDENTITY_PAGES = [SIGN_IN_PAGE, PROGRAMME_PAGE, JOIN_PAGE]

/** The page on screen as a URL with its query, or null when it cannot be told (or is an identity page). */
export function currentPageUrl(): string | null {
  try {
    const router = Taro.getCurrentInstance().router
    const path = router?.path?.split('?')[0]
    if (!path) return null
    const normalized = path.startsWith('/') ? path : `/${path}`
    if (IDENTITY_PAGES.includes(normalized)) return null
    const query = Object.entries(router?.params ?? {})
      .filter(([k, value]) => !k.startsWith('$') && k !== 'stamp' && value !== undefined)
      .map(([k, value]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(value))}`)
      .join('&')
    return query ? `${normalized}?${query}` : normalized
  } catch {
    return null
  }
}

/** Whether `page` (a route like SIGN_IN_PAGE) is the one on screen. */
export function isOnPage(page: string): boolean {
  try {
    const path = Taro.getCurrentInstance().router?.path?.split('?')[0] ?? ''
    return (path.startsWith('/') ? path : `/${path}`) === page
  } catch {
    return false
  }
}

export function isTabPage(url: string): boolean {
  return TAB_PAGES.includes(url.split('?')[0])
}

/**
 * Opens `url` whatever kind of page it is, with its query: tab pages cannot be redirected to and
 * switchTab drops a query (a shared home's `?shareId=`), so a tab page with one is relaunched.
 */
export function openPage(url: string): void {
  if (!isTabPage(url)) void Taro.redirectTo({ url })
  else if (url.includes('?')) void Taro.reLaunch({ url })
  else void Taro.switchTab({ url })
}
