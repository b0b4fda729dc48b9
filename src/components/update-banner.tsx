import { Text, View } from '@tarojs/components'
import { useSyncExternalStore } from 'react'
import { createPortal } from 'react-dom'
import { applyUpdate, getUpdateState, onUpdateStateChange } from '@/services/app-update'
import { a11y } from './a11y'
import './update-banner.scss'

/**
 * 有新版本，点此刷新: a new deployment is waiting (services/app-update). The open tab keeps working
 * on the old version until the member taps; the tap hands over to the new worker and reloads.
 * H5 only (app.ts). Rendered into <body>, not the app's root: Taro's router owns #app's children
 * and shows the page it finds there, so a node of ours among them hid the next page opened.
 */
export function UpdateBanner() {
  const state = useSyncExternalStore(onUpdateStateChange, getUpdateState)
  if (state === 'none') return null
  const applying = state === 'applying'
  return createPortal(
    <View className='update-banner' onClick={applyUpdate} {...a11y(applying ? '正在刷新' : '有新版本，点此刷新', 'button', { disabled: applying })}>
      <Text className='update-banner__text'>{applying ? '正在刷新…' : '有新版本，点此刷新'}</Text>
    </View>,
    document.body,
  )
}
