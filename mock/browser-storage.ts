import { persistSharedBackend } from './db'

const STORAGE_KEY = 'mock.backend'
let persisted = false

/**
 * H5: the fake backend's state lives in localStorage, so a reload keeps what the tester did.
 * Loaded once per page, by whichever starts first: the shell's entry (browser-shell.ts) or msw's.
 */
export function persistBrowserBackend(): void {
  if (persisted) return
  persisted = true
  persistSharedBackend({
    load: () => JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null'),
    save: (snapshot) => window.localStorage.setItem(STORAGE_KEY, JSON.stringify(snapshot)),
  })
}
