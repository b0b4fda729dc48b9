import type { UserConfigExport } from '@tarojs/cli'
import { GenerateSW } from 'workbox-webpack-plugin'

/**
 * The member H5 build (MOCK=off) opens with no network: Workbox precaches the app shell (the
 * HTML, scripts, styles and images of this build) and answers every navigation from it. The
 * member's data is not cached here but by the app itself (services/storage), the same way in
 * the weapp, so a screen can say its data is offline and how old it is instead of passing off a
 * cached answer as fresh. The mock build keeps msw's worker, which must own the scope alone.
 *
 * A new deployment waits: an open tab still runs the old app.js, whose lazy page chunks only the
 * old worker's precache still holds (the host has the new ones). The new worker installs and
 * waits; the page offers 有新版本，点此刷新 (src/services/app-update.ts), whose tap posts
 * SKIP_WAITING (Workbox answers it when skipWaiting is off) and reloads once the new worker
 * controls. The first worker claims the page at once (nothing older to break), old precaches are
 * deleted when the new one activates, and index.html is revisioned.
 */
export const SERVICE_WORKER_FILE = 'sw.js'

export function offlineConfig(enabled: boolean): UserConfigExport<'webpack5'> {
  if (!enabled) return {}
  return {
    h5: {
      // src/index.html registers the worker when this is set.
      htmlPluginOption: { serviceWorker: `/${SERVICE_WORKER_FILE}` },
      webpackChain(chain) {
        chain.plugin('offline-shell').use(GenerateSW, [
          {
            swDest: SERVICE_WORKER_FILE,
            mode: 'production',
            inlineWorkboxRuntime: true,
            sourcemap: false,
            skipWaiting: false,
            clientsClaim: true,
            cleanupOutdatedCaches: true,
            // The hash router has one document: every navigation is the shell.
            navigateFallback: '/index.html',
            navigateFallbackDenylist: [/^\/api\//],
            exclude: [/\.map$/, /\.LICENSE\.txt$/, /mockServiceWorker\.js$/],
            maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
            cacheId: 'member-circle',
          },
        ])
      },
    },
  }
}
