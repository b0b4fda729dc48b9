/**
 * A jest stand-in for the parts of @tarojs/taro the app uses. `request` goes through the real
 * `fetch`, so msw intercepts it at the network edge exactly as it would in the H5 build.
 */
type Listener = (...args: unknown[]) => void

const storage = new Map<string, unknown>()
const pageHooks: Record<string, Array<() => void>> = {}

export interface RequestOption {
  url: string
  method?: string
  header?: Record<string, string>
  data?: unknown
  timeout?: number
  dataType?: string
}

async function request(option: RequestOption) {
  const controller = new AbortController()
  const timer = option.timeout ? setTimeout(() => controller.abort(), option.timeout) : undefined
  try {
    const method = option.method ?? 'GET'
    const hasBody = option.data !== undefined && method !== 'GET'
    const res = await fetch(new URL(option.url, 'http://localhost').toString(), {
      method,
      headers: { 'content-type': 'application/json', ...option.header },
      body: hasBody ? JSON.stringify(option.data) : undefined,
      signal: controller.signal,
    })
    const text = await res.text()
    let data: unknown = text
    try {
      data = text ? JSON.parse(text) : ''
    } catch {
      data = text
    }
    const header: Record<string, string> = {}
    res.headers.forEach((v, k) => (header[k] = v))
    return { statusCode: res.status, data, header }
  } catch (e) {
    const aborted = (e as Error).name === 'AbortError'
    throw { errMsg: aborted ? 'request:fail timeout' : `request:fail ${(e as Error).message}` }
  } finally {
    if (timer) clearTimeout(timer)
  }
}

const Taro = {
  request,
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  clearStorageSync: () => storage.clear(),
  getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
  getEnv: () => 'WEB',
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  showToast: jest.fn(),
  showModal: jest.fn(async () => ({ confirm: true, cancel: false })),
  navigateTo: jest.fn(async () => undefined),
  redirectTo: jest.fn(async () => undefined),
  reLaunch: jest.fn(async () => undefined),
  login: jest.fn((opts: { success?: (r: { code: string }) => void }) => opts.success?.({ code: 'stub-login-code' })),
  switchTab: jest.fn(async () => undefined),
  navigateBack: jest.fn(async () => undefined),
  stopPullDownRefresh: jest.fn(),
  setNavigationBarTitle: jest.fn(),
  setTabBarBadge: jest.fn(async () => undefined),
  removeTabBarBadge: jest.fn(async () => undefined),
  setScreenBrightness: jest.fn(async () => undefined),
  getScreenBrightness: jest.fn(async () => ({ value: 0.5 })),
  setKeepScreenOn: jest.fn(async () => undefined),
  setVisualEffectOnCapture: jest.fn(async () => undefined),
  scanCode: jest.fn(async () => ({ result: '' })),
  // Callback-style platform APIs: succeed by default; a test makes one fail with mockImplementationOnce.
  makePhoneCall: jest.fn((o: { success?: () => void }) => o.success?.()),
  setClipboardData: jest.fn((o: { success?: () => void }) => o.success?.()),
  requestSubscribeMessage: jest.fn((o: { tmplIds: string[]; success?: (r: Record<string, string>) => void }) =>
    o.success?.(Object.fromEntries(o.tmplIds.map((id) => [id, 'accept'])))),
  showShareMenu: jest.fn(async () => undefined),
  getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, windowHeight: 667, pixelRatio: 2 }),
  getCurrentInstance: () => ({ router: { params: {} as Record<string, string> } }),
  eventCenter: { on: (_e: string, _l: Listener) => undefined, off: (_e: string, _l: Listener) => undefined, trigger: () => undefined },
}

function registerHook(name: string) {
  return (fn: () => void) => {
    ;(pageHooks[name] ??= []).push(fn)
  }
}

/** Tests fire page lifecycle hooks by name, e.g. `firePageHook('usePullDownRefresh')`. */
export function firePageHook(name: string) {
  for (const fn of pageHooks[name] ?? []) fn()
}

export function resetTaroStub() {
  storage.clear()
  for (const key of Object.keys(pageHooks)) delete pageHooks[key]
}

export const useDidShow = registerHook('useDidShow')
export const useDidHide = registerHook('useDidHide')
export const usePullDownRefresh = registerHook('usePullDownRefresh')
export const useReachBottom = registerHook('useReachBottom')
export const useLoad = registerHook('useLoad')
export const useUnload = registerHook('useUnload')
export const useShareAppMessage = registerHook('useShareAppMessage')
export const useShareTimeline = registerHook('useShareTimeline')
export const useRouter = () => Taro.getCurrentInstance().router
export const getCurrentInstance = Taro.getCurrentInstance
export default Taro
