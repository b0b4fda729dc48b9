import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { ErrorState } from '@/components/error-state'
import { Notice } from '@/components/notice'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { COUPONS_TAB_URL } from '@/services/app-routes'
import { serverNow } from '@/services/clock'
import { describeError } from '@/services/errors'
import type { TemplateDto } from '@/services/schemas/coupons'
import { askForReminders } from '@/features/messages'
import { ShareButton } from '@/features/earning/share-button'
import { useCouponStore } from './coupon-store'
import { claimReasonText, stockWords, valueText } from './presentation'
import './coupons.scss'
import './claim.scss'

/** 领券中心: what I can claim now, and for the rest, why not in words. */
export function ClaimCenterScreen() {
  const templates = useCouponStore((s) => s.templates)
  const templatesError = useCouponStore((s) => s.templatesError)
  const claiming = useCouponStore((s) => s.claiming)
  const loadTemplates = useCouponStore((s) => s.loadTemplates)
  const claim = useCouponStore((s) => s.claim)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  // A friend's share link names one template: it comes first, marked, and says at once if it can't be had.
  const sharedId = useRouter()?.params?.templateId ?? ''

  useDidShow(() => {
    void loadTemplates()
  })

  const onClaim = async (t: TemplateDto) => {
    // Inside the tap, before any await: WeChat shows the subscribe dialog only for a user gesture.
    void askForReminders(['coupon-expiry'])
    const result = await claim(t.id)
    if (result.ok) {
      // Said once on the page, with the way to the coupon beside it (no toast over it).
      setMessage({ ok: true, text: `已领取「${t.title}」，已放入券包` })
    } else if (result.error.code !== 'IN_FLIGHT') {
      setMessage({ ok: false, text: `领取失败：${describeError(result.error)}` })
    }
  }

  if (!templates && templatesError) return <ErrorState message={describeError(templatesError)} onRetry={() => void loadTemplates()} />
  if (!templates)
    return (
      <SkeletonGroup label='正在加载领券中心'>
        <SkeletonBlock height={120} />
        <SkeletonBlock height={120} />
      </SkeletonGroup>
    )

  // The shared template first, then those that suit the member's preferences (stable otherwise), saying why.
  const rank = (t: TemplateDto) => (t.id === sharedId ? 2 : 0) + (t.matchesPreference ? 1 : 0)
  const suitedFirst = [...templates].sort((a, b) => rank(b) - rank(a))
  const shared = sharedId ? templates.find((t) => t.id === sharedId) : undefined
  const open = suitedFirst.filter((t) => t.claimable)
  const closed = suitedFirst.filter((t) => !t.claimable)
  return (
    <View className='claim'>
      {message && <Notice tone={message.ok ? 'info' : 'warning'} title={message.text} action={message.ok ? <ToWallet label='去券包查看' /> : undefined} />}
      {templatesError && <Notice tone='offline' title={describeError(templatesError)} />}
      {sharedId && !shared && <Notice tone='warning' title='好友分享的券已下架，看看下面其他可领的券' />}
      {shared && !shared.claimable && <Notice tone='warning' title={`好友分享的「${shared.title}」暂不可领：${claimReasonText(shared, serverNow())}`} />}
      <Text className='claim__section'>可领取（{open.length}）</Text>
      {open.length === 0 && (
        <Text className='claim__empty' data-testid='claim-empty'>
          现在没有可领的券，升级或等下一轮开抢后再来看看
        </Text>
      )}
      {open.map((t) => (
        <View key={t.id} className={`claim__item${t.id === sharedId ? ' claim__item--shared' : ''}`} data-testid={`template-${t.id}`}>
          <View className='claim__info'>
            {t.id === sharedId && <Text className='claim__from-share'>好友分享给你</Text>}
            <Text className='claim__title'>{t.title}</Text>
            <Text className='claim__meta'>
              {valueText(t)} · {stockWords(t.stockLeft)} · 每人限领 {t.perMemberLimit} 张
            </Text>
            {t.matchesPreference && <Text className='claim__match'>{t.matchesPreference}</Text>}
          </View>
          <View className='claim__actions'>
            {/* `|| undefined`: a false prop still lands as disabled="false", which Taro's [disabled] style greys out. */}
            <Button className='claim__btn btn btn--primary btn--small' disabled={Boolean(claiming[t.id]) || undefined} onClick={() => void onClaim(t)} ariaLabel={`领取${t.title}`} {...a11y(undefined, 'button', { disabled: Boolean(claiming[t.id]) })}>
              {claiming[t.id] ? '领取中…' : '领取'}
            </Button>
            {/* One template per share: its link carries this template's id (templateId). */}
            <ShareButton target={{ kind: 'coupon-template', id: t.id }} title={`好券一起领：${t.title}`} label='分享' quiet />
          </View>
        </View>
      ))}
      <Text className='claim__section'>暂不可领（{closed.length}）</Text>
      {closed.map((t) => (
        <View key={t.id} className={`claim__item claim__item--off${t.id === sharedId ? ' claim__item--shared' : ''}`} data-testid={`template-${t.id}`}>
          <View className='claim__info'>
            {t.id === sharedId && <Text className='claim__from-share'>好友分享给你</Text>}
            <Text className='claim__title'>{t.title}</Text>
            <Text className='claim__meta'>{valueText(t)}</Text>
            {t.matchesPreference && <Text className='claim__match'>{t.matchesPreference}</Text>}
            <Text className='claim__reason'>{claimReasonText(t, serverNow())}</Text>
            {t.reason === 'LIMIT_REACHED' && <ToWallet label='在券包中查看' name={`在券包中查看「${t.title}」`} />}
          </View>
        </View>
      ))}
    </View>
  )
}

/** The way from a claimed coupon to where it is: the 券包 tab. */
function ToWallet({ label, name }: { label: string; name?: string }) {
  return (
    <Button className='notice__action btn btn--text' onClick={() => void Taro.switchTab({ url: COUPONS_TAB_URL })} {...a11y(name, 'link')}>
      {label}
    </Button>
  )
}
