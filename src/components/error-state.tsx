import { Button, Text, View } from '@tarojs/components'
import { a11y } from './a11y'
import './states.scss'

interface Props {
  title?: string
  message: string
  onRetry?: () => void
  retrying?: boolean
}

export function ErrorState({ title = '加载失败', message, onRetry, retrying }: Props) {
  return (
    <View className='state state--error' {...a11y(undefined, 'alert')}>
      <Text className='state__title'>{title}</Text>
      <Text className='state__message'>{message}</Text>
      {onRetry && (
        <Button className='state__action btn btn--primary' onClick={onRetry} disabled={retrying || undefined} {...a11y(undefined, 'button', { disabled: Boolean(retrying) })}>
          {retrying ? '正在重试…' : '重新加载'}
        </Button>
      )}
    </View>
  )
}

export function EmptyState({ title, message }: { title: string; message?: string }) {
  return (
    <View className='state state--empty'>
      <Text className='state__title'>{title}</Text>
      {message && <Text className='state__message'>{message}</Text>}
    </View>
  )
}
