import Taro from '@tarojs/taro'
import { setPersona } from './mock-session'
import { setRequestGate, setTransport } from './transport'

/**
 * Mock builds carry the fake backend: H5 registers msw's service worker before the first
 * request leaves; the weapp answers in-process, so devtools needs no server. `MOCK=off`
 * builds compile both branches away.
 */
const MOCK_BACKEND_KEY = 'mock.backend'

export function bootMockBackend(): void {
  // The whole body sits inside `if (__MOCK__)`: webpack drops a dead branch (and the require/import
  // in it) but not the statements after an early `return`, which once shipped the fake backend.
  if (__MOCK__) {
    // The tester console's request log listens from the first request on.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ;(require('./request-log') as typeof import('./request-log')).startRequestLog()
    if (process.env.TARO_ENV === 'h5') {
      // The address's launch parameters (search part or the hash's query), the same words as a
      // mini-program's launch query: persona and scenario now, clock and state once the backend is in.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const launch = require('./mock-launch') as typeof import('./mock-launch')
      const reading = launch.readLaunchParams(launch.addressQuery(window.location.search, window.location.hash))
      launch.applyLaunch(reading, {})
      openTesterFromUrl()
      // The marks let the bench see where a mock build's first screen waits (chunk, then worker).
      const mark = (name: string) => performance.mark?.(name)
      setRequestGate(
        import(/* webpackChunkName: "mock-backend" */ '@mock/browser').then(async (m) => {
          mark('mock-backend:loaded')
          const inPage = await m.startMockWorker()
          // No service worker (plain HTTP on a LAN address): answer in the page instead.
          if (inPage) setTransport(inPage)
          const { clock, state } = reading.params
          if (clock) launch.noteLaunch(`时钟 ${m.setBackendClock(launch.resolveClock(clock, m.backendNow()))}`)
          if (state) {
            const imported = m.importLaunchState(state)
            if ('memberId' in imported) {
              launch.noteLaunch(`复现码 ${imported.memberId}`)
              setPersona(imported.memberId)
            } else launch.noteLaunch(null, `state=…：${imported.error}`)
          }
          mark('mock-backend:ready')
        }),
      )
    }
    // Every mini-program (weapp, and alipay / tt once their platform plugins are in) answers in-process;
    // a plain comparison, so the build folds it and H5 never carries this branch.
    if (process.env.TARO_ENV !== 'h5') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { createInProcessTransport } = require('@mock/weapp/transport') as typeof import('@mock/weapp/transport')
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { persistSharedBackend } = require('@mock/db') as typeof import('@mock/db')
      // The in-process backend outlives a page reload in devtools, as a server would.
      persistSharedBackend({
        load: () => Taro.getStorageSync(MOCK_BACKEND_KEY),
        save: (snapshot) => Taro.setStorageSync(MOCK_BACKEND_KEY, snapshot),
      })
      setTransport(createInProcessTransport())
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      ;(require('./mock-launch-mini') as typeof import('./mock-launch-mini')).applyMiniProgramLaunch()
    }
  }
}

/** `?tester=1` (search or hash query) opens the tester console: the hash is set before the router reads it. */
function openTesterFromUrl(): void {
  const { pathname, search, hash } = window.location
  const hashQuery = hash.includes('?') ? hash.slice(hash.indexOf('?')) : ''
  if (new URLSearchParams(search).get('tester') !== '1' && new URLSearchParams(hashQuery).get('tester') !== '1') return
  window.history.replaceState(window.history.state, '', `${pathname}${search}#/pages/tester/index`)
}
