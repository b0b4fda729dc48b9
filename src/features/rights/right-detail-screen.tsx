import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { useState, type ReactNode } from 'react'
import { ErrorState, EmptyState } from '@/components/error-state'
import { Notice } from '@/components/notice'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { COUPONS_TAB_URL, INVITE_DETAIL_URL, MEMBER_CODE_URL, PROFILE_EDIT_URL } from '@/services/app-routes'
import { describeError } from '@/services/errors'
import { ClaimSuccess } from './components/claim-success'
import { StaleBanner } from './components/stale-banner'
import { howToUseText, inviteUnlockText, KIND_LABEL, landsInWallet, levelName, quotaText, rightAction, stockText } from './presentation'
import { useRightsStore } from './rights-store'
import type { RightDto as Right } from '@/services/schemas/rights'
import './rights.scss'
import './right-detail.scss'

/** A claim's answer: a success names what was claimed and where it went; a refusal says why. */
type Result = { tone: 'success'; couponId?: string; couponTitle?: string } | { tone: 'warning'; text: string } | null

/** One right: what it is, how often, how many are left, and the claim the backend decides on. */
export function RightDetailScreen({ extra }: { extra?: (right: Right) => ReactNode } = {}) {
  const id = useRouter().params.id ?? ''
  const snapshot = useRightsStore((s) => s.snapshot)
  const status = useRightsStore((s) => s.status)
  const stale = useRightsStore((s) => s.stale)
  const error = useRightsStore((s) => s.error)
  const refreshing = useRightsStore((s) => s.refreshing)
  const claiming = useRightsStore((s) => Boolean(s.claiming[id]))
  const load = useRightsStore((s) => s.load)
  const claim = useRightsStore((s) => s.claim)
  const [result, setResult] = useState<Result>(null)

  useDidShow(() => void load())

  if (!snapshot) {
    if (status === 'error') return <ErrorState message={describeError(error)} onRetry={() => void load()} retrying={refreshing} />
    return (
      <SkeletonGroup label='正在加载权益详情'>
        <SkeletonBlock height={80} width='60%' />
        <SkeletonBlock height={200} />
        <SkeletonBlock height={88} />
      </SkeletonGroup>
    )
  }

  const right = snapshot.rights.find((r) => r.id === id)
  if (!right) {
    return (
      <View className='right-detail'>
        <EmptyState title='找不到这项权益' message='它可能已下线，去权益中心看看其他权益' />
        <Button className='right-detail__action btn btn--primary' onClick={() => void Taro.switchTab({ url: '/pages/rights/index' })} {...a11y(undefined, 'link')}>
          返回权益中心
        </Button>
      </View>
    )
  }

  const action = rightAction(right)
  const onClaim = async () => {
    setResult(null)
    const outcome = await claim(right.id)
    if (outcome.ok) {
      // The success state on the page says it once; a toast on top would cover its 去使用.
      setResult({ tone: 'success', couponId: outcome.coupon?.id, couponTitle: outcome.coupon?.title })
    } else {
      setResult({ tone: 'warning', text: outcome.message })
    }
  }

  return (
    <View className='right-detail'>
      {stale && error && <StaleBanner error={error} fetchedAt={snapshot.fetchedAt} refreshing={refreshing} onRetry={() => void load()} />}
      <View className='right-detail__card'>
        <Text className='right-detail__kind'>{KIND_LABEL[right.kind]}</Text>
        <Text className='right-detail__title' data-testid='right-title'>
          {right.title}
        </Text>
        <Text className='right-detail__level'>
          {right.unlockedBy === 'invite'
            ? `凭共创邀请解锁 ·「${levelName(right.minLevelCode)}」及以上等级长期享有`
            : right.unlocked
              ? `「${levelName(right.minLevelCode)}」及以上等级享有 · 已解锁`
              : `达到「${levelName(right.minLevelCode)}」解锁`}
        </Text>
        <Text className='right-detail__desc'>{right.description}</Text>
        {quotaText(right) && (
          <View className='right-detail__row' data-testid='right-quota'>
            <Text className='right-detail__label'>领取次数</Text>
            <Text className='right-detail__value'>{quotaText(right)}</Text>
          </View>
        )}
        {stockText(right) && (
          <View className='right-detail__row' data-testid='right-stock'>
            <Text className='right-detail__label'>库存</Text>
            <Text className='right-detail__value'>{stockText(right)}</Text>
          </View>
        )}
      </View>
      {right.unlocked && extra?.(right)}
      {result?.tone === 'success' && <ClaimSuccess right={right} couponId={result.couponId} couponTitle={result.couponTitle} />}
      {result?.tone === 'warning' && (
        <View data-testid='claim-result'>
          <Notice tone='warning' title={result.text} />
        </View>
      )}
      {action.kind === 'locked' ? (
        <Button className='right-detail__action btn btn--primary' onClick={() => void Taro.navigateTo({ url: '/pages/growth/index' })} {...a11y(undefined, 'button')}>
          {action.text} · 去成长
        </Button>
      ) : action.kind === 'needs_birthday' ? (
        <View>
          <Text className='right-detail__hint'>生日礼在生日当月领取，请先在资料中填写生日</Text>
          <Button className='right-detail__action' onClick={() => void Taro.navigateTo({ url: PROFILE_EDIT_URL })} {...a11y(undefined, 'link')}>
            去填写生日
          </Button>
        </View>
      ) : action.kind === 'not_yet' ? (
        <Text className='right-detail__standing' data-testid='birthday-opens'>
          生日礼仅限生日当月领取，{action.text}
        </Text>
      ) : action.kind === 'by_invite' ? (
        <View data-testid='right-by-invite'>
          <Text className='right-detail__hint'>{inviteUnlockText(right) ?? '凭共创邀请享有这次席位'}</Text>
          {right.invite && (
            <Button className='right-detail__action btn btn--primary' onClick={() => void Taro.navigateTo({ url: INVITE_DETAIL_URL(right.invite?.id ?? '') })} {...a11y(undefined, 'link')}>
              查看邀请
            </Button>
          )}
        </View>
      ) : action.kind === 'standing' ? (
        <Text className='right-detail__standing'>{action.text}，达到等级即可享受</Text>
      ) : action.kind === 'claim' ? (
        <Button className='right-detail__action btn btn--primary' onClick={() => void onClaim()} disabled={claiming || undefined} ariaLabel='立即领取' {...a11y(undefined, 'button', { disabled: claiming })}>
          {claiming ? '正在领取…' : '立即领取'}
        </Button>
      ) : (
        // Claimed or sold out: the button says so and stays still, instead of asking the server to refuse.
        <View>
          <Text className='right-detail__hint' data-testid='right-after-claim'>
            {action.kind === 'sold_out' ? '这一期已被领完，下次补货会在权益中心上架' : landsInWallet(right) ? '领到的券已放入「券包」，到店出示券码使用' : howToUseText(right)}
          </Text>
          <Button className='right-detail__action btn btn--primary' ariaLabel={action.text} {...a11y(undefined, 'button', { disabled: true })}>
            {action.text}
          </Button>
          {action.kind === 'quota_used' &&
            (landsInWallet(right) ? (
              <Button className='right-detail__action btn btn--text' onClick={() => void Taro.switchTab({ url: COUPONS_TAB_URL })} {...a11y(undefined, 'link')}>
                去券包查看
              </Button>
            ) : (
              <Button className='right-detail__action btn btn--text' onClick={() => void Taro.navigateTo({ url: MEMBER_CODE_URL })} {...a11y(undefined, 'link')}>
                出示会员码
              </Button>
            ))}
        </View>
      )}
    </View>
  )
}
