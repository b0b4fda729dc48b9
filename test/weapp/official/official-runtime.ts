// dist/weapp rendered by WeChat's own component framework: miniprogram-simulate loads each page
// (its .json usingComponents, the templates compiled by wcc, the page JS) into exparser through
// j-component, in the jsdom test environment. WeChat's Page/App/getApp/getCurrentPages are not part of
// that framework, so this file supplies them: App() keeps Taro's app config and launches it, Page()
// becomes a Component whose attached/ready/detached lifetimes call onLoad+onShow/onReady/onUnload.
// `wx` is the stand-in from ../harness (storage, navigation recording), laid over simulate's own
// API mocks. Every console message carrying WXMLRT_ (a template runtime fault), every console.error
// and every unhandled rejection is collected in `faults`.
import path from 'node:path'
import { createWx, type WxState } from '../harness/wx-stub'

type Fn = (this: unknown, ...args: unknown[]) => unknown
type Config = Record<string, unknown>
interface SimComponent {
  dom: HTMLElement
  instance: Record<string, unknown>
  attach(parent: Element): void
  detach(): void
}
/* eslint-disable @typescript-eslint/no-require-imports */
const g = globalThis as unknown as Record<string, unknown>

export class OfficialRuntime {
  readonly faults: string[] = []
  readonly navigations: string[] = []
  readonly state: WxState
  private readonly pages: SimComponent[] = []
  private readonly stack: Record<string, unknown>[] = []
  private appConfig: Config | null = null
  private nextRoute: { route: string; query: Record<string, string> } | null = null
  private simulate: { load(p: string, o: object): string; render(id: string): SimComponent } | null = null
  private readonly restore: Array<() => void> = []

  constructor(
    private readonly distDir: string,
    storage: Record<string, unknown> = {},
  ) {
    this.state = {
      storage: new Map(Object.entries(storage)),
      stack: [],
      calls: [],
      onNavigate: (_kind, url) => {
        if (!url) return
        this.navigations.push(url)
        setTimeout(() => void this.open(url), 0)
      },
    }
  }

  boot(): this {
    for (const method of ['error', 'warn', 'log'] as const) {
      const original = console[method]
      console[method] = (...args: unknown[]) => {
        const text = args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' ')
        if (method === 'error' || text.includes('WXMLRT_')) this.faults.push(`console.${method}: ${text}`)
        else original.apply(console, args)
      }
      this.restore.push(() => (console[method] = original))
    }
    const onRejection = (reason: unknown) => this.faults.push(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`)
    const onError = (e: ErrorEvent) => this.faults.push(`uncaught: ${e.error?.stack ?? e.message}`)
    process.on('unhandledRejection', onRejection)
    window.addEventListener('error', onError)
    this.restore.push(() => process.off('unhandledRejection', onRejection), () => window.removeEventListener('error', onError))

    g.wx = createWx(this.state)
    g.App = (config: Config) => void (this.appConfig = config)
    g.getApp = () => this.appConfig
    g.getCurrentPages = () => this.stack.slice()
    this.simulate = require('miniprogram-simulate')
    // simulate installs its own Component(); Page() is mapped onto it. simulate runs a page's JS on
    // every load, but jest's module registry runs a file once, so what a file declared is remembered
    // and declared again on the next load of the same page.
    const component = g.Component as (o: Config) => void
    let declared: { page: boolean; config: Config } | null = null
    g.Page = (config: Config) => ((declared = { page: true, config }), component(this.pageAsComponent(config)))
    g.Component = (config: Config) => ((declared = { page: false, config }), component(config))
    const seen = new Map<string, { page: boolean; config: Config }>()
    const utils = require('miniprogram-simulate/src/utils') as { runJs: (file: string) => void }
    utils.runJs = (file: string) => {
      const known = seen.get(file)
      if (known) return component(known.page ? this.pageAsComponent(known.config) : known.config)
      declared = null
      require(file)
      if (declared) seen.set(file, declared)
    }
    require(path.join(this.distDir, 'app.js'))
    if (!this.appConfig) throw new Error('app.js did not call App()')
    const launch = { path: 'pages/home/index', query: {}, scene: 1001 }
    ;(this.appConfig.onLaunch as Fn | undefined)?.call(this.appConfig, launch)
    ;(this.appConfig.onShow as Fn | undefined)?.call(this.appConfig, launch)
    return this
  }

  dispose(): void {
    this.pages.splice(0).forEach((p) => p.detach())
    this.restore.splice(0).forEach((undo) => undo())
  }

  private pageAsComponent(config: Config): Config {
    const methods: Record<string, Fn> = {}
    for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value as Fn
    const stack = this.stack
    const target = this.nextRoute
    return {
      data: config.data ?? {},
      methods,
      lifetimes: {
        attached(this: Record<string, unknown>) {
          const { route, query } = target ?? { route: '', query: {} }
          this.route = route
          this.__route__ = route
          this.options = query
          stack.push(this)
          ;(this.onLoad as Fn | undefined)?.call(this, query)
          ;(this.onShow as Fn | undefined)?.call(this)
        },
        ready(this: Record<string, unknown>) {
          ;(this.onReady as Fn | undefined)?.call(this)
        },
        detached(this: Record<string, unknown>) {
          ;(this.onUnload as Fn | undefined)?.call(this)
        },
      },
    }
  }

  /** Loads, renders and attaches a page; `url` is like "/pages/x/index?id=1". */
  open(url: string): SimComponent {
    const [route, q = ''] = url.replace(/^\//, '').split('?')
    this.nextRoute = { route, query: Object.fromEntries(new URLSearchParams(q)) }
    const id = this.simulate!.load(path.join(this.distDir, route), { rootPath: this.distDir, compilerOptions: { maxBuffer: 64 * 1024 * 1024 } })
    const page = this.simulate!.render(id)
    const parent = document.createElement('div')
    document.body.appendChild(parent)
    page.attach(parent)
    this.pages.push(page)
    return page
  }

  current(): SimComponent {
    return this.pages[this.pages.length - 1]
  }

  /** Lets timers, promises and setData rounds run until the page's text stops changing. */
  async settle(page = this.current(), rounds = 40): Promise<void> {
    let last = ''
    let stable = 0
    for (let i = 0; i < rounds && stable < 3; i++) {
      await new Promise((r) => setTimeout(r, 20))
      const text = page.dom.textContent ?? ''
      stable = text === last ? stable + 1 : 0
      last = text
    }
  }

  /** Taps the innermost element whose text contains `text`, through exparser's own event dispatch. */
  tap(page: SimComponent, text: string): void {
    const exparser = require('miniprogram-exparser')
    const all = [...page.dom.querySelectorAll('*')] as Array<HTMLElement & { __wxElement?: unknown }>
    const hits = all.filter((el) => el.__wxElement && (el.textContent ?? '').includes(text))
    // The first innermost element showing the text; the tap bubbles to whatever binds it.
    const target = hits.find((h) => !hits.some((o) => o !== h && h.contains(o)))
    if (!target) throw new Error(`nothing shows "${text}"`)
    exparser.Event.dispatchEvent(
      target.__wxElement,
      exparser.Event.create('tap', { x: 0, y: 0 }, { bubbles: true, composed: true, capturePhase: true, extraFields: { touches: {}, changedTouches: {} } }),
    )
  }
}
