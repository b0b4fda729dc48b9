import Taro, { usePageNotFound } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
// Only the session boot: the identity screens (and their styles) load with their own pages.
import { startSession } from './features/identity/session-boot'
import { bootMockBackend } from './services/mock-boot'
import './app.scss'

bootMockBackend()
startSession()

function App({ children }: PropsWithChildren) {
  // An unknown route (an old share link, a typo) gets a page that says so, never a blank screen.
  usePageNotFound((res) => {
    void Taro.redirectTo({ url: `/pages/not-found/index?path=${encodeURIComponent(res.path)}` })
  })
  return children
}

export default App
