import { useEffect, useState } from 'react'
import { useDidHide, useDidShow, useUnload } from '@tarojs/taro'
import { holdScreenForCode, releaseScreen } from './screen-guard'

/**
 * A code screen's lifecycle, the same for coupon and member codes: visible (so codes rotate and
 * polls run) only while shown, the screen held bright and on meanwhile, and released however the
 * page goes (hidden, unloaded or unmounted). Returns whether the page is showing.
 */
export function useCodeScreen(): boolean {
  const [visible, setVisible] = useState(false)
  useDidShow(() => {
    setVisible(true)
    void holdScreenForCode()
  })
  useDidHide(() => {
    setVisible(false)
    void releaseScreen()
  })
  useUnload(() => void releaseScreen())
  useEffect(() => () => void releaseScreen(), [])
  return visible
}
