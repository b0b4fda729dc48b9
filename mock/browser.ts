import { setupWorker } from 'msw/browser'
import { persistBrowserBackend } from './browser-storage'
import { handlers } from './handlers'
import { createInPageTransport } from './in-page-transport'
import type { InProcessTransport } from './weapp/transport'

// What the address's clock= and state= ask of the backend (src/services/mock-boot.ts), as in the mini-programs.
export { backendNow, setBackendClock } from './weapp/launch'
export { importLaunchState } from './weapp/tester-tools'

/** How the mock H5 reaches its fake backend: null means msw's service worker intercepts fetch. */
export type MockTransport = InProcessTransport | null

let started: Promise<MockTransport> | null = null

/**
 * msw's worker needs a service worker, which browsers only give a secure context (https or
 * localhost). A phone opening the mock H5 over plain HTTP on a LAN address has none: the app
 * then answers in the page, as the weapp does in-process.
 */
function serviceWorkerAvailable(): boolean {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && Boolean(navigator.serviceWorker) && window.isSecureContext !== false
}

/**
 * H5 with the fake backend: resolves once requests will be answered, with the transport the app
 * must use (null: keep fetch, the worker intercepts it). Requests outside `/api/v1` go to the
 * network. Calling it again returns the same start, never a second worker.
 */
export function startMockWorker(): Promise<MockTransport> {
  persistBrowserBackend()
  started ??= serviceWorkerAvailable()
    ? setupWorker(...handlers)
        .start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true })
        .then(() => {
          console.info('[mock] transport: service worker')
          return null
        })
    : Promise.resolve().then(() => {
        console.info('[mock] transport: in-page')
        return createInPageTransport()
      })
  return started
}
