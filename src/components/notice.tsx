import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from './a11y'
import './states.scss'

interface Props {
  tone: 'info' | 'warning' | 'offline'
  title: string
  children?: ReactNode
  action?: ReactNode
}

/** A banner that says what is going on in one line, with an optional action beside it. */
export function Notice({ tone, title, children, action }: Props) {
  return (
    <View className={`notice notice--${tone}`} {...a11y(undefined, tone === 'info' ? 'status' : 'alert')}>
      <View className='notice__body'>
        <Text className='notice__title'>{title}</Text>
        {children && <View className='notice__text'>{children}</View>}
      </View>
      {action}
    </View>
  )
}
