interface TaroH5Route {
  path: string
  load?: (context: unknown, params: unknown) => unknown
}

/**
 * H5 loads each page's code on first visit. Where the next tap is predictable (a coupon in the
 * wallet, at a shop counter), fetch and evaluate that page's chunk while the member is still
 * looking, through the route table Taro's H5 runtime keeps on window. The weapp ships every page
 * in the package, so there it does nothing; a missing table (another Taro version) is ignored.
 */
export function prefetchPage(path: string): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return
  const run = () => {
    try {
      const config = (window as unknown as { __taroAppConfig?: { routes?: TaroH5Route[] } }).__taroAppConfig
      const route = config?.routes?.find((r) => r.path === path.replace(/^\//, ''))
      const loaded = route?.load?.({}, {})
      if (Array.isArray(loaded)) Promise.resolve(loaded[0]).catch(() => undefined)
    } catch {
      /* prefetch is an optimisation only */
    }
  }
  const idle = (window as unknown as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback
  if (idle) idle(run, { timeout: 1500 })
  else setTimeout(run, 300)
}
