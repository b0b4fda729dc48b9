import Taro, { usePageNotFound } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { bootMockBackend } from './services/mock-boot'
import './app.scss'

bootMockBackend()

function App({ children }: PropsWithChildren) {
  // An unknown route (an old share link, a typo) gets a page that says so, never a blank screen;
  // the counter build has one page only, so it goes back to it.
  usePageNotFound((res) => {
    const url = __COUNTER_APP__ ? '/pages/store-counter/index' : `/pages/not-found/index?path=${encodeURIComponent(res.path)}`
    void Taro.redirectTo({ url })
  })
  return children
}

export default App
