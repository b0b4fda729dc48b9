/**
 * A new deployment of the member H5 while a tab is open. The tab runs the old app.js, whose lazy
 * page chunks only the old service worker still has (a redeploy replaces them on the host and the
 * new worker's precache drops them). So the new worker waits (config/offline.ts: no skipWaiting)
 * and the old one keeps answering the old tab; the page offers 有新版本，点此刷新, and only the
 * member's tap lets the new worker take over (SKIP_WAITING) and reloads once it controls the page.
 *
 * H5 member and counter builds only (the offline worker is theirs): app.ts starts it behind
 * `process.env.TARO_ENV === 'h5' && !__MOCK__`, so nothing here touches the weapp or msw's worker.
 */
export type UpdateState = 'none' | 'ready' | 'applying'

/** How often an open tab asks for a new deployment (a hash router never navigates, so the browser would not). */
export const UPDATE_CHECK_MS = 30 * 60_000

/** Reload anyway this long after the tap if the new worker has not taken over. */
const APPLY_FALLBACK_MS = 5_000

let state: UpdateState = 'none'
let waitingWorker: ServiceWorker | null = null
let started = false
let reload = () => window.location.reload()
let fallback: ReturnType<typeof setTimeout> | undefined
let checking: ReturnType<typeof setInterval> | undefined
const listeners = new Set<() => void>()

function setState(next: UpdateState): void {
  if (state === next) return
  state = next
  listeners.forEach((l) => l())
}

export function getUpdateState(): UpdateState {
  return state
}

export function onUpdateStateChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** A worker that finished installing while an older one controls this page is a new deployment waiting. */
function watchInstalling(worker: ServiceWorker | null, container: ServiceWorkerContainer): void {
  if (!worker) return
  const check = () => {
    if (worker.state === 'installed' && container.controller) {
      waitingWorker = worker
      setState('ready')
    }
  }
  worker.addEventListener('statechange', check)
  check()
}

function watchRegistration(registration: ServiceWorkerRegistration, container: ServiceWorkerContainer): void {
  if (registration.waiting && container.controller) {
    waitingWorker = registration.waiting
    setState('ready')
  }
  watchInstalling(registration.installing, container)
  registration.addEventListener('updatefound', () => watchInstalling(registration.installing, container))
  const check = () => void registration.update().catch(() => undefined)
  checking = setInterval(check, UPDATE_CHECK_MS)
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check())
}

/**
 * Starts watching (idempotent). The worker is registered by index.html after load; `ready`
 * resolves once one is active, whichever of the two runs first.
 */
export function startUpdateWatch(
  container: ServiceWorkerContainer | undefined = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker,
  reloadPage: () => void = reload,
): void {
  if (started || !container) return
  started = true
  reload = reloadPage
  // The first worker claims a page that had none (clientsClaim): nothing changed under it.
  let controlled = container.controller !== null
  container.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true
      return
    }
    // Our own tap: the new worker controls this page now, so the new app can load. Once only.
    if (state === 'applying') {
      clearTimeout(fallback)
      reload()
      return
    }
    // Another tab took the update: this tab's old chunks may be gone from the new worker, so it
    // is offered the same refresh (which now only reloads).
    waitingWorker = null
    setState('ready')
  })
  void container.ready.then((registration) => watchRegistration(registration, container)).catch(() => undefined)
}

/** The member tapped 有新版本，点此刷新: let the new worker take over, then reload (controllerchange). */
export function applyUpdate(): void {
  if (state === 'applying') return
  const worker = waitingWorker
  setState('applying')
  if (!worker) {
    // Already controlled by the new worker (another tab applied it): nothing to wait for.
    reload()
    return
  }
  worker.postMessage({ type: 'SKIP_WAITING' })
  // A worker that never takes over (replaced by a newer one meanwhile) must not leave the tap dead.
  fallback = setTimeout(() => reload(), APPLY_FALLBACK_MS)
}

/** Tests: forget everything. */
export function resetUpdateWatch(): void {
  clearTimeout(fallback)
  clearInterval(checking)
  state = 'none'
  waitingWorker = null
  started = false
  listeners.clear()
}
