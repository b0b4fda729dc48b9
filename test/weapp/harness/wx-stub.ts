import { randomBytes } from 'node:crypto'
// A stand-in for the `wx` object: what this app's build calls, recorded, and every async API
// answering success. Taro wraps `wx` once at start (Object.keys(wx)), so every name must exist up front.
export interface WxState {
  storage: Map<string, unknown>
  stack: string[]
  calls: Array<{ api: string; options: unknown }>
  /** What getLaunchOptionsSync answers: the page and query the mini-program was launched with. */
  launch?: { path: string; query: Record<string, string> }
  onNavigate: (kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack', url: string | null) => void
}

type Callbacks = { success?: (r: unknown) => void; fail?: (r: unknown) => void; complete?: (r: unknown) => void }

const ASYNC_NO_OPS = [
  'showToast', 'hideToast', 'showLoading', 'hideLoading', 'showActionSheet', 'stopPullDownRefresh', 'startPullDownRefresh',
  'setNavigationBarTitle', 'setNavigationBarColor', 'setTabBarBadge', 'removeTabBarBadge', 'showTabBarRedDot', 'hideTabBarRedDot',
  'setScreenBrightness', 'setKeepScreenOn', 'vibrateShort', 'setClipboardData', 'pageScrollTo',
  'login', 'checkSession', 'getSetting', 'reportAnalytics', 'hideKeyboard', 'loadFontFace', 'setBackgroundColor', 'setBackgroundTextStyle',
  'showShareMenu', 'hideShareMenu', 'updateShareMenu', 'nextTick', 'getNetworkType', 'onNetworkStatusChange',
]

const copy = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)))
const systemInfo = {
  brand: 'devtools', model: 'iPhone 12', pixelRatio: 3, screenWidth: 390, screenHeight: 844, windowWidth: 390, windowHeight: 844,
  statusBarHeight: 47, language: 'zh_CN', version: '8.0.50', system: 'iOS 16.0', platform: 'devtools', SDKVersion: '3.5.0',
  safeArea: { top: 47, bottom: 810, left: 0, right: 390, width: 390, height: 763 },
}

export function createWx(state: WxState): Record<string, unknown> {
  const answer = (api: string, result: Record<string, unknown> = {}) => (opts: Callbacks = {}) => {
    state.calls.push({ api, options: opts })
    const res = { errMsg: `${api}:ok`, ...result }
    // Async like the real thing: callbacks on a later turn, and (as since base library 2.10)
    // a promise when the caller passes no callback — Taro calls some APIs that way.
    return new Promise((resolve) =>
      setTimeout(() => {
        opts.success?.(res)
        opts.complete?.(res)
        resolve(res)
      }, 0),
    )
  }
  const navigate = (api: WxState['onNavigate'] extends (k: infer K, u: string | null) => void ? K : never) =>
    (opts: Callbacks & { url?: string; delta?: number } = {}) => {
      state.calls.push({ api, options: opts })
      state.onNavigate(api, opts.url ?? null)
      return answer(api)({ success: opts.success, complete: opts.complete })
    }

  const wx: Record<string, unknown> = {
    getStorageSync: (key: string) => (state.storage.has(key) ? copy(state.storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void state.storage.set(key, copy(value)),
    removeStorageSync: (key: string) => void state.storage.delete(key),
    clearStorageSync: () => state.storage.clear(),
    getStorageInfoSync: () => ({ keys: [...state.storage.keys()], currentSize: 0, limitSize: 10240 }),
    getStorage: (o: Callbacks & { key: string }) =>
      state.storage.has(o.key) ? answer('getStorage', { data: copy(state.storage.get(o.key)) })(o) : setTimeout(() => o.fail?.({ errMsg: 'getStorage:fail data not found' }), 0),
    setStorage: (o: Callbacks & { key: string; data: unknown }) => (state.storage.set(o.key, copy(o.data)), answer('setStorage')(o)),
    removeStorage: (o: Callbacks & { key: string }) => (state.storage.delete(o.key), answer('removeStorage')(o)),
    clearStorage: (o: Callbacks) => (state.storage.clear(), answer('clearStorage')(o)),
    getSystemInfoSync: () => ({ ...systemInfo }),
    getSystemInfo: (o: Callbacks) => answer('getSystemInfo', systemInfo)(o),
    getWindowInfo: () => ({ ...systemInfo }),
    getDeviceInfo: () => ({ ...systemInfo }),
    getAppBaseInfo: () => ({ ...systemInfo }),
    getSystemSetting: () => ({}),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }),
    getMenuButtonBoundingClientRect: () => ({ top: 51, bottom: 83, left: 297, right: 384, width: 87, height: 32 }),
    getLaunchOptionsSync: () => ({ path: '', query: {}, scene: 1001, ...copy(state.launch) }),
    getEnterOptionsSync: () => ({ path: '', query: {}, scene: 1001 }),
    canIUse: () => true,
    showModal: answer('showModal', { confirm: true, cancel: false }),
    getScreenBrightness: answer('getScreenBrightness', { value: 0.5 }),
    // Base library 2.15.0+; the sandbox has no Web Crypto (like older WeChat), so codes come from here.
    getRandomValues: (o: Callbacks & { length: number }) =>
      answer('getRandomValues', { randomValues: Uint8Array.from(randomBytes(o.length)).buffer })(o),
    scanCode: answer('scanCode', { result: '' }),
    navigateTo: navigate('navigateTo'),
    redirectTo: navigate('redirectTo'),
    switchTab: navigate('switchTab'),
    reLaunch: navigate('reLaunch'),
    navigateBack: navigate('navigateBack'),
    createSelectorQuery: () => {
      const q = {
        in: () => q, select: () => q, selectAll: () => q, selectViewport: () => q,
        boundingClientRect: () => q, scrollOffset: () => q, fields: () => q, node: () => q,
        exec: (cb?: (r: unknown[]) => void) => setTimeout(() => cb?.([]), 0),
      }
      return q
    },
    createIntersectionObserver: () => ({ relativeTo: () => undefined, relativeToViewport: () => ({ observe: () => undefined }), observe: () => undefined, disconnect: () => undefined }),
    onAppShow: () => undefined, onAppHide: () => undefined, offAppShow: () => undefined, offAppHide: () => undefined,
    onError: () => undefined, onUnhandledRejection: () => undefined, onPageNotFound: () => undefined, onWindowResize: () => undefined,
    onMemoryWarning: () => undefined, getPerformance: () => ({ now: () => Date.now() }),
    reportPerformance: () => undefined, request: () => {
      throw new Error('wx.request: the mock build must answer in-process; no network in the harness')
    },
  }
  for (const api of ASYNC_NO_OPS) wx[api] = answer(api)
  // Like WeChat (and Taro, which does not promise-wrap it): answers through callbacks only and
  // returns undefined, so a caller's `.catch` on its result throws.
  wx.setVisualEffectOnCapture = (o: Callbacks = {}) => void answer('setVisualEffectOnCapture')(o)
  return wx
}
