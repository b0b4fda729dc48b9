import { View } from '@tarojs/components'
import { a11y } from './a11y'
import './states.scss'

/** Grey blocks where content will be, so the first screen has shape before data arrives. */
export function SkeletonBlock({ height, width = '100%', radius = 16 }: { height: number; width?: string; radius?: number }) {
  return <View className='skeleton' style={{ height: `${height}px`, width, borderRadius: `${radius}px` }} />
}

export function SkeletonGroup({ children, label = '正在加载' }: { children: React.ReactNode; label?: string }) {
  return (
    <View className='skeleton-group' {...a11y(label, 'status')}>
      {children}
    </View>
  )
}
