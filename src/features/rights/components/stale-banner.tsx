import { Button, Text } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { Notice } from '@/components/notice'
import { describeError, type ApiError } from '@/services/errors'
import { formatShanghai } from '@/lib/format'

/** Shown over remembered data when the last refresh failed. */
export function StaleBanner({ error, fetchedAt, refreshing, onRetry }: { error: ApiError | null; fetchedAt: number; refreshing: boolean; onRetry: () => void }) {
  return (
    <Notice
      tone='offline'
      title={describeError(error)}
      action={
        <Button className='notice__action btn btn--primary btn--small' onClick={onRetry} disabled={refreshing || undefined} ariaLabel='重试' {...a11y(undefined, 'button', { disabled: Boolean(refreshing) })}>
          {refreshing ? '重试中' : '重试'}
        </Button>
      }
    >
      <Text>当前显示的是 {formatShanghai(fetchedAt, 'M月D日 HH:mm')} 保存的数据，可能不是最新</Text>
    </Notice>
  )
}
