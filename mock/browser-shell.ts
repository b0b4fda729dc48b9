// H5 mock builds: a webpack entry of its own (config/mock-shell-entry.ts) that runs before app.js.
// It asks the in-page fake backend — the very one msw's worker will serve the app from — for the
// home's member, growth and levels, and hands the answers to the HTML shell's painter
// (config/boot-shell-card.ts), as the member build does with its launch requests. The app then
// boots as before: msw's worker starts and every request of the app goes through it.
//
// It paints only what the app is sure to ask the same way: the home, opened with no persona, no
// scenario and no session of the tester's choosing (the backend's default persona). Anything
// else keeps the skeleton until the app has its own answers.
import { persistBrowserBackend } from './browser-storage'
import { getSharedBackend } from './db'
import { handleRequest } from './routes'

type ShellWindow = Window & {
  paintBootShell?: (me: unknown, growth: unknown, levels: unknown) => void
  __bootShellSettled?: () => void
  __bootShellPending?: boolean
}

// Keys the app keeps in storage (src/services/session.ts, mock-session.ts): any of them set means
// the tester chose who the app is, and the shell leaves that to the app.
const CHOSEN = ['session.v1', 'session.mustSignIn', 'mock.persona']

function defaultHomeOpened(): boolean {
  const route = window.location.hash.replace(/^#\/?/, '').split('?')[0]
  if (route && route !== 'pages/home/index') return false
  const params = new URLSearchParams(window.location.search)
  const hash = window.location.hash
  new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '').forEach((v, k) => params.set(k, v))
  if (['persona', 'scenario', 'state', 'tester'].some((k) => params.has(k))) return false
  return CHOSEN.every((key) => window.localStorage.getItem(key) === null)
}

function paintFromFakeBackend(w: ShellWindow): void {
  if (!w.paintBootShell || !defaultHomeOpened()) return
  persistBrowserBackend()
  const get = (path: string) => {
    const answer = handleRequest(getSharedBackend(), { method: 'GET', path: `/api/v1${path}`, query: {}, headers: {}, body: undefined })
    return answer.status === 200 && !answer.delayMs && !answer.holds ? answer.body : null
  }
  w.paintBootShell(get('/me'), get('/me/growth'), get('/levels'))
}

const w = window as ShellWindow
try {
  paintFromFakeBackend(w)
} catch {
  // The skeleton stays; the app asks for itself.
} finally {
  w.__bootShellPending = false
  w.__bootShellSettled?.()
}
