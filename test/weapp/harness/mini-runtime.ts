// Boots the production dist/weapp build in Node: a fresh vm context per boot with App, Page,
// Component, getApp, getCurrentPages and a stand-in wx as globals, a small CommonJS loader for
// the build's own require() calls, and page instances whose setData merges path keys.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { applySetData } from './data-path'
import { pathToText, type MiniNode } from './tree'
import { createWx, type WxState } from './wx-stub'

type Config = Record<string, unknown> & { data?: Record<string, unknown> }
type Hook = (this: unknown, ...args: unknown[]) => unknown

export interface PageInstance {
  route: string
  options: Record<string, string>
  data: Record<string, unknown>
  setDataCalls: number
  [key: string]: unknown
}

export interface BootOptions {
  distDir: string
  storage?: Record<string, unknown>
  /** The platform's API global and base template: wx + base.wxml (default), tt + base.ttml, my + base.axml. */
  globalName?: 'wx' | 'tt' | 'my'
  baseTemplate?: string
  /** Adapts the wx stand-in to the platform's API shapes (Alipay's storage takes { key } objects). */
  adaptApi?: (wx: Record<string, unknown>) => Record<string, unknown>
  /** Globals a platform's runtime has besides its API object (Alipay's `navigator`). */
  extraGlobals?: Record<string, unknown>
  /** The launch, as a devtools compile mode gives it: `pages/coupons/index?persona=coupon-rich`. */
  launch?: string
}

const parseUrl = (url: string) => {
  const [p, q = ''] = url.replace(/^\//, '').split('?')
  return { route: p, query: Object.fromEntries(new URLSearchParams(q)) }
}

export class MiniRuntime {
  readonly state: WxState
  readonly appJson: { pages: string[]; subPackages?: Array<{ root: string; pages: string[] }>; tabBar?: { list: Array<{ pagePath: string }> } }
  readonly errors: unknown[] = []
  readonly pages: PageInstance[] = []
  readonly navigations: Array<{ kind: string; url: string | null }> = []
  private appInstance: Config | null = null
  private pageConfigs = new Map<string, Config>()
  private lastPageConfig: Config | null = null
  private context: vm.Context
  private moduleCache = new Map<string, { exports: unknown }>()
  /** Which events each node name's template binds to `eh`, read from base.wxml. */
  private readonly bound = new Map<string, Set<string>>()

  constructor(private readonly opts: BootOptions) {
    this.appJson = JSON.parse(readFileSync(path.join(opts.distDir, 'app.json'), 'utf8'))
    this.state = {
      storage: new Map(Object.entries(opts.storage ?? {})),
      stack: [],
      calls: [],
      ...(opts.launch ? { launch: { path: parseUrl(opts.launch).route, query: parseUrl(opts.launch).query } } : {}),
      onNavigate: (kind, url) => {
        this.navigations.push({ kind, url })
        // Like the real runtime, the new page opens after the current event has returned.
        setTimeout(() => this.follow(kind, url), 0)
      },
    }
    const wxml = readFileSync(path.join(opts.distDir, opts.baseTemplate ?? 'base.wxml'), 'utf8')
    for (const m of wxml.matchAll(/<template name="tmpl_0_([^"_]+)(?:_[a-z]+)?">\s*<[a-z-]+([^>]*)>/g)) {
      const events = this.bound.get(m[1]) ?? new Set<string>()
      for (const e of m[2].matchAll(/(?:bind|catch)(\w+)="eh"/g)) events.add(e[1])
      this.bound.set(m[1], events)
    }
    const wx = (opts.adaptApi ?? ((api) => api))(createWx(this.state))
    const sandbox: Record<string, unknown> = {
      ...opts.extraGlobals,
      [opts.globalName ?? 'wx']: wx,
      console,
      // Timers are tracked so dispose() can stop a page's polling (code rotation…) when a test ends.
      setTimeout: (fn: () => void, ms?: number) => this.track(setTimeout(fn, ms)),
      setInterval: (fn: () => void, ms?: number) => this.track(setInterval(fn, ms)),
      clearTimeout: (t: ReturnType<typeof setTimeout>) => clearTimeout(t),
      clearInterval: (t: ReturnType<typeof setTimeout>) => clearInterval(t),
      queueMicrotask,
      App: (config: Config) => void (this.appInstance = config),
      Page: (config: Config) => void (this.lastPageConfig = config),
      Component: (config: Config) => void (this.lastPageConfig = config),
      Behavior: (config: Config) => config,
      getApp: () => this.appInstance,
      getCurrentPages: () => this.pages.slice(),
      requirePlugin: () => ({}),
    }
    sandbox.global = sandbox
    sandbox.globalThis = sandbox
    this.context = vm.createContext(sandbox)
  }

  private timers = new Set<ReturnType<typeof setTimeout>>()
  private disposed = false

  private track(t: ReturnType<typeof setTimeout>): ReturnType<typeof setTimeout> {
    if (this.disposed) clearTimeout(t)
    else this.timers.add(t)
    return t
  }

  /** Stops every timer the app started, so a finished test leaves nothing running. */
  dispose(): void {
    this.disposed = true
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
  }

  /** require() as the mini-program runs it: paths relative to the requiring file, inside dist. */
  private load(file: string): unknown {
    const abs = file.endsWith('.js') ? file : `${file}.js`
    const cached = this.moduleCache.get(abs)
    if (cached) return cached.exports
    const mod = { exports: {} as unknown }
    this.moduleCache.set(abs, mod)
    const code = readFileSync(abs, 'utf8')
    const fn = vm.runInContext(`(function (require, module, exports) {${code}\n})`, this.context, { filename: abs }) as (
      r: (p: string) => unknown, m: typeof mod, e: unknown,
    ) => void
    fn((p) => this.load(path.resolve(path.dirname(abs), p)), mod, mod.exports)
    return mod.exports
  }

  /** Loads app.js and calls onLaunch/onShow; then open the launch page (`launchPage()`). */
  boot(): void {
    this.load(path.join(this.opts.distDir, 'app.js'))
    if (!this.appInstance) throw new Error('app.js did not call App()')
    const launch = { path: this.appJson.pages[0], query: {}, scene: 1001, ...this.state.launch }
    ;(this.appInstance.onLaunch as Hook | undefined)?.call(this.appInstance, launch)
    ;(this.appInstance.onShow as Hook | undefined)?.call(this.appInstance, launch)
  }

  /** Opens the page the runtime was launched on (BootOptions.launch), with its query, as the launch does. */
  launchPage(): PageInstance {
    if (!this.opts.launch) throw new Error('launchPage(): no BootOptions.launch')
    return this.open(this.opts.launch)
  }

  allPages(): string[] {
    const sub = this.appJson.subPackages ?? []
    return [...this.appJson.pages, ...sub.flatMap((s) => s.pages.map((p) => path.posix.join(s.root, p)))]
  }

  private pageConfig(route: string): Config {
    let config = this.pageConfigs.get(route)
    if (!config) {
      this.lastPageConfig = null
      this.load(path.join(this.opts.distDir, route))
      if (!this.lastPageConfig) throw new Error(`${route}.js did not call Page()`)
      config = this.lastPageConfig as Config
      this.pageConfigs.set(route, config)
    }
    return config
  }

  /** Opens a page as navigateTo would: a new instance on the stack, onLoad, onShow, onReady. */
  open(url: string): PageInstance {
    const { route, query } = parseUrl(url)
    const config = this.pageConfig(route)
    const page = Object.create(null) as PageInstance
    Object.assign(page, config)
    Object.assign(page, {
      route,
      __route__: route,
      options: query,
      __webviewId__: this.pages.length + 1,
      data: JSON.parse(JSON.stringify(config.data ?? {})),
      setDataCalls: 0,
      setData: (update: Record<string, unknown>, cb?: () => void) => {
        page.setDataCalls += 1
        applySetData(page.data, update)
        if (cb) setTimeout(cb, 0)
      },
    })
    const previous = this.pages.at(-1)
    if (previous) (previous.onHide as Hook | undefined)?.call(previous)
    this.pages.push(page)
    const call = (name: string, ...args: unknown[]) => (page[name] as Hook | undefined)?.apply(page, args)
    call('onLoad', query)
    call('onShow')
    call('onReady')
    return page
  }

  private follow(kind: string, url: string | null): void {
    const close = (p: PageInstance | undefined) => p && (p.onUnload as Hook | undefined)?.call(p)
    if (kind === 'navigateBack') {
      close(this.pages.pop())
      const top = this.pages.at(-1)
      if (top) this.show(top)
      return
    }
    if (!url) return
    if (kind === 'redirectTo') close(this.pages.pop())
    if (kind === 'reLaunch' || kind === 'switchTab') while (this.pages.length) close(this.pages.pop())
    this.open(url)
  }

  /** The page on top of the stack. */
  current(): PageInstance {
    const top = this.pages.at(-1)
    if (!top) throw new Error('no page is open')
    return top
  }

  /** Brings an open page back to the front, as after navigateBack: onShow again. */
  show(page: PageInstance): void {
    ;(page.onShow as Hook | undefined)?.call(page)
  }

  /** Dispatches a mini-program event on the node with this sid through the page's `eh` handler. */
  fire(page: PageInstance, sid: string, type = 'tap', detail: Record<string, unknown> = {}): unknown {
    const target = { id: sid, dataset: { sid } }
    const eh = page.eh as Hook | undefined
    if (!eh) throw new Error(`${page.route} has no eh event handler`)
    return eh.call(page, { type, timeStamp: Date.now(), target, currentTarget: target, detail, touches: [], changedTouches: [] })
  }

  /**
   * A user's tap (or longpress, input…) on the element showing `text`: as in WeChat, the event
   * reaches `eh` once for the innermost bound element and again for each bound ancestor.
   */
  trigger(page: PageInstance, text: string, type = 'tap', detail: Record<string, unknown> = {}): void {
    const chain = pathToText((page.data.root as { cn?: MiniNode[] } | undefined)?.cn ?? [], text)
    const listeners = chain.filter((n) => n.sid && this.bound.get(String(n.nn))?.has(type)).reverse()
    if (!listeners.length) throw new Error(`no element bound to ${type} shows "${text}" on ${page.route}`)
    const eh = page.eh as Hook | undefined
    if (!eh) throw new Error(`${page.route} has no eh event handler`)
    const asTarget = (n: MiniNode) => ({ id: n.uid ?? n.sid, dataset: { sid: n.sid } })
    for (const n of listeners) {
      eh.call(page, { type, timeStamp: Date.now(), target: asTarget(listeners[0]), currentTarget: asTarget(n), detail, touches: [], changedTouches: [] })
    }
  }

  /** Lets async work (requests answered in-process, React commits, setData) run: until the page has rendered and nothing changed for a while. */
  async settle(page?: PageInstance, { maxMs = 2000, quietMs = 80 } = {}): Promise<void> {
    const started = Date.now()
    let last = page?.setDataCalls ?? -1
    let quietSince = Date.now()
    while (Date.now() - started < maxMs) {
      await new Promise((r) => setTimeout(r, 10))
      const now = page?.setDataCalls ?? -1
      if (now !== last) {
        last = now
        quietSince = Date.now()
      } else if (Date.now() - quietSince >= quietMs && (!page || now > 0)) return
    }
  }
}
