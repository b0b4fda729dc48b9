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

/** Nothing here yet: what it is, how to get some, and (with `action`) the one tap that leads there. */
export function EmptyState({ title, message, action }: { title: string; message?: string; action?: { label: string; onClick: () => void } }) {
  return (
    <View className='state state--empty'>
      <Text className='state__title'>{title}</Text>
      {message && <Text className='state__message'>{message}</Text>}
      {action && (
        <Button className='state__action btn btn--secondary' onClick={action.onClick} {...a11y(undefined, 'link')}>
          {action.label}
        </Button>
      )}
    </View>
  )
}
