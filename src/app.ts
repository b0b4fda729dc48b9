import Taro, { usePageNotFound } from '@tarojs/taro'
import { createElement, Fragment, type ComponentType, type PropsWithChildren } from 'react'
import { prefetchMembershipAtLaunch } from './features/growth/launch-prefetch'
// Only the session boot: the identity screens (and their styles) load with their own pages.
import { startSession } from './features/identity/session-boot'
import { bootMockBackend } from './services/mock-boot'
import { needsSignIn } from './services/session'
import './app.scss'

bootMockBackend()
// The member's session first: the launch prefetch below signs its requests with it. The counter
// build has staff sign-in of its own and no member session.
if (!__COUNTER_APP__) startSession()
// H5: the route is in the hash before any page code loads (the weapp starts its pages at once).
// Not before sign-in: the page itself must send a stranger to the sign-in page once the router runs.
if (process.env.TARO_ENV === 'h5' && !__COUNTER_APP__ && !needsSignIn()) prefetchMembershipAtLaunch(window.location.hash.replace(/^#\/?/, '').split('?')[0])

// Member H5 and counter builds (the offline worker is theirs): a new deployment waits for the
// member's tap on 有新版本，点此刷新 instead of pulling the old tab's lazy pages from under it.
let UpdateBanner: ComponentType | null = null
if (process.env.TARO_ENV === 'h5' && !__MOCK__) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ;(require('./services/app-update') as typeof import('./services/app-update')).startUpdateWatch()
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  UpdateBanner = (require('./components/update-banner') as typeof import('./components/update-banner')).UpdateBanner
}

function App({ children }: PropsWithChildren) {
  // An unknown route (an old share link, a typo) gets a page that says so, never a blank screen;
  // the counter build has one page only, so it goes back to it.
  usePageNotFound((res) => {
    const url = __COUNTER_APP__ ? '/pages/store-counter/index' : `/pages/not-found/index?path=${encodeURIComponent(res.path)}`
    void Taro.redirectTo({ url })
  })
  return UpdateBanner ? createElement(Fragment, null, children, createElement(UpdateBanner)) : children
}

export default App
