import { Button, Text } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { Notice } from '@/components/notice'
import { describeError, type ApiError } from '@/services/errors'
import type { MembershipPart } from '../membership-store'

const WHAT: Record<MembershipPart, string> = {
  member: '会员资料',
  growth: '成长进度',
  levels: '等级体系',
}

interface Props {
  part: MembershipPart
  error: ApiError | undefined
  retrying: boolean | undefined
  onRetry: (part: MembershipPart) => void
  /** What is shown instead, when something is (e.g. the level names built into the app). */
  fallback?: string
}

/** One part of a screen that did not load, with its own retry; the rest of the screen stays. */
export function PartFailed({ part, error, retrying, onRetry, fallback }: Props) {
  if (!error) return null
  return (
    <Notice
      tone='warning'
      title={`${WHAT[part]}未能加载`}
      action={
        <Button
          className='notice__action btn btn--primary btn--small'
          onClick={() => onRetry(part)}
          disabled={Boolean(retrying)}
          {...a11y(`重新加载${WHAT[part]}`, 'button', { disabled: Boolean(retrying) })}
        >
          {retrying ? '加载中' : '重试'}
        </Button>
      }
    >
      <Text data-testid={`part-failed-${part}`}>
        {describeError(error)}
        {fallback ? `；${fallback}` : ''}
      </Text>
    </Notice>
  )
}
