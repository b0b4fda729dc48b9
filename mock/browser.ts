import { setupWorker } from 'msw/browser'
import { persistSharedBackend } from './db'
import { handlers } from './handlers'

const STORAGE_KEY = 'mock.backend'

let started: Promise<void> | null = null

/**
 * H5 with the fake backend: resolves once the service worker intercepts requests, so the app
 * can wait for it before its first fetch. Requests outside `/api/v1` go to the network.
 * Calling it again returns the same start, never a second worker.
 */
export function startMockWorker(): Promise<void> {
  if (!started) {
    persistSharedBackend({
      load: () => JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null'),
      save: (snapshot) => window.localStorage.setItem(STORAGE_KEY, JSON.stringify(snapshot)),
    })
  }
  started ??= setupWorker(...handlers)
    .start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true })
    .then(() => undefined)
  return started
}
