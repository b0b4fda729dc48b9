import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { a11y } from '@/components/a11y'
import { EmptyState, ErrorState } from '@/components/error-state'
import { Notice } from '@/components/notice'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { serverNow } from '@/services/clock'
import { describeError, isApiError } from '@/services/errors'
import type { InviteDto } from '@/services/schemas/invites'
import { formatShanghai } from '@/lib/format'
import { askForReminders } from '@/features/messages'
import { ShareButton } from '@/features/earning/share-button'
import { addToCalendar, calendarSupport } from './calendar'
import { useInvitesStore } from './invites-store'
import { deadlineText, KIND_LABEL, seatsText, STATUS_LABEL, whenText } from './presentation'
import './invites.scss'
import './invite-detail.scss'

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className='invite-detail__section'>
      <Text className='invite-detail__section-title'>{title}</Text>
      {children}
    </View>
  )
}

/** Where the member stands once answered, in one sentence. */
function AnswerNotice({ invite }: { invite: InviteDto }) {
  switch (invite.status) {
    case 'accepted':
      return (
        <Notice tone='info' title={invite.kind === 'level_up' ? '已接受邀请，你已成为「核心共创」会员' : '已接受邀请，期待与你见面'}>
          {invite.attendedAt && <Text>已签到 {formatShanghai(invite.attendedAt, 'M月D日 HH:mm')}，成长记录已计入</Text>}
        </Notice>
      )
    case 'waitlisted':
      return (
        <Notice tone='info' title={`名额已满，你在候补第 ${invite.waitlistPosition ?? '?'} 位`}>
          <Text>有人取消时按候补顺序递补，递补成功后这里会显示「已接受」</Text>
        </Notice>
      )
    case 'declined':
      return <Notice tone='info' title='你已婉拒这份邀请' />
    case 'expired':
      return <Notice tone='warning' title='已过回复截止时间，无法再回复这份邀请' />
    default:
      return null
  }
}

export function DetailScreen({ id }: { id: string }) {
  const invites = useInvitesStore((s) => s.invites)
  const status = useInvitesStore((s) => s.status)
  const error = useInvitesStore((s) => s.error)
  const answering = useInvitesStore((s) => s.answering)
  const load = useInvitesStore((s) => s.load)
  const answer = useInvitesStore((s) => s.answer)
  const [slotId, setSlotId] = useState<string | undefined>(undefined)
  const [failure, setFailure] = useState<string | null>(null)

  useDidShow(() => void load())

  const invite = invites?.find((i) => i.id === id)
  if (!invites && status === 'error') return <ErrorState message={describeError(error)} onRetry={() => void load()} />
  if (!invites)
    return (
      <SkeletonGroup label='正在加载邀请'>
        <SkeletonBlock height={200} />
      </SkeletonGroup>
    )
  if (!invite) return <EmptyState title='找不到这份邀请' message='它可能已被撤回，请回到邀请列表查看' />

  const slots = invite.slots ?? []
  const needsSlot = slots.length > 1
  const chosen = slotId ?? invite.slotId
  const open = invite.status === 'pending'
  const cancellable = invite.status === 'accepted' || invite.status === 'waitlisted'
  const busy = answering === invite.id
  const seats = seatsText(invite)
  const when = whenText(invite)
  const full = invite.seatsLeft === 0

  const send = async (accept: boolean) => {
    setFailure(null)
    try {
      const result = await answer(invite.id, accept, accept ? chosen : undefined)
      const toast =
        result.status === 'waitlisted' ? `已加入候补，第 ${result.waitlistPosition ?? '?'} 位` : accept ? '已接受邀请' : '已回复'
      void Taro.showToast({ title: toast, icon: 'none' })
    } catch (e) {
      setFailure(isApiError(e) && e.kind === 'client' ? e.message : describeError(e))
    }
  }

  const onAccept = () => {
    if (needsSlot && !chosen) {
      setFailure('请先选择一个场次')
      return
    }
    // Inside the tap, before any await: WeChat shows the subscribe dialog only for a user gesture.
    void askForReminders(['invite-deadline', 'invite-start'])
    void send(true)
  }

  const onDecline = async () => {
    const title = cancellable ? '取消参加？' : '婉拒邀请？'
    const content = cancellable
      ? '取消后名额会让给候补的会员，且不能再次接受。'
      : invite.kind === 'level_up'
        ? '婉拒后你仍保有升级资格，30 天后若仍满足标准会再次收到邀请。'
        : '婉拒后不能再接受这份邀请。'
    const { confirm } = await Taro.showModal({ title, content, confirmText: '确定', cancelText: '再想想' })
    if (confirm) void send(false)
  }

  const calendar = invite.status === 'accepted' && invite.kind !== 'level_up' ? calendarSupport() : null
  const slot = slots.find((s) => s.id === invite.slotId)

  return (
    <View className='invite-detail'>
      <View className='invite-detail__head'>
        <Text className='invite-card__kind'>{KIND_LABEL[invite.kind]}</Text>
        <Text className='invite-detail__title'>{invite.title}</Text>
        <Text className='invite-detail__status' data-testid='invite-status'>
          {STATUS_LABEL[invite.status]}
        </Text>
      </View>

      <View className='invite-detail__letter'>
        <Text className='invite-detail__message'>“{invite.message}”</Text>
        <Text className='invite-card__from'>
          —— {invite.fromStaff.name} · {invite.fromStaff.title}
        </Text>
      </View>

      <AnswerNotice invite={invite} />

      <Section title='活动内容'>
        <Text className='invite-detail__text'>{invite.description}</Text>
      </Section>
      {(when || invite.location) && (
        <Section title='时间地点'>
          {when && slots.length <= 1 && <Text className='invite-detail__text'>{when}</Text>}
          {invite.location && <Text className='invite-detail__text'>{invite.location}</Text>}
        </Section>
      )}
      {slots.length > 0 && (
        <Section title={needsSlot && open ? '选择场次' : '场次'}>
          <View {...a11y('场次', 'radiogroup')}>
            {slots.map((s) => {
              const selected = chosen === s.id
              return (
                <View
                  key={s.id}
                  className={`invite-slot ${selected ? 'invite-slot--selected' : ''}`}
                  onClick={() => open && setSlotId(s.id)}
                  {...a11y(s.label, 'radio', { checked: selected, disabled: !open })}
                >
                  <Text>{s.label}</Text>
                  <Text className='invite-slot__when'>
                    {formatShanghai(s.startsAt, 'M月D日 HH:mm')}
                    {s.seatsLeft !== undefined ? ` · 剩余 ${s.seatsLeft} 席` : ''}
                  </Text>
                </View>
              )
            })}
          </View>
        </Section>
      )}
      {invite.benefits && invite.benefits.length > 0 && (
        <Section title='你将获得'>
          {invite.benefits.map((b) => (
            <Text key={b} className='invite-detail__bullet'>· {b}</Text>
          ))}
        </Section>
      )}
      <Section title='名额与截止'>
        {seats && <Text className='invite-detail__text'>{seats}</Text>}
        <Text className='invite-detail__text'>{deadlineText(invite, serverNow())}</Text>
      </Section>

      {invite.status === 'accepted' && invite.kind !== 'level_up' && (
        <Section title='参加须知'>
          {slot && <Text className='invite-detail__text'>你的场次：{slot.label}</Text>}
          {(invite.bring ?? []).map((b) => (
            <Text key={b} className='invite-detail__bullet'>· 请携带：{b}</Text>
          ))}
          {invite.checkIn && <Text className='invite-detail__text'>签到方式：{invite.checkIn}</Text>}
          {invite.attendedAt ? (
            <Text className='invite-detail__text' data-testid='invite-checked-in'>
              已签到 · 互动 +1 已计入成长记录
            </Text>
          ) : (
            <Button
              className='invite-detail__primary'
              data-testid='invite-member-code'
              onClick={() => void Taro.navigateTo({ url: `/pages/member-code/index?inviteId=${encodeURIComponent(invite.id)}` })}
              {...a11y('出示会员码签到', 'link')}
            >
              出示会员码签到
            </Button>
          )}
          {calendar && invite.startsAt && (
            <Button
              className='invite-detail__secondary btn btn--secondary'
              onClick={() =>
                void addToCalendar(
                  {
                    title: invite.title,
                    startsAt: slot?.startsAt ?? invite.startsAt ?? '',
                    endsAt: slot?.endsAt ?? invite.endsAt ?? invite.startsAt ?? '',
                    location: invite.location,
                    description: invite.checkIn,
                  },
                  invite.id,
                ).catch(() => Taro.showToast({ title: '未能添加到日历', icon: 'none' }))
              }
              {...a11y(undefined, 'button')}
            >
              {/* One name on every platform (phone calendar or an .ics the browser hands to it): where it ends up is what matters. */}
              加入日历
            </Button>
          )}
        </Section>
      )}

      {failure && <Notice tone='warning' title={failure} />}
      {invite.kind !== 'level_up' && <ShareButton target={{ kind: 'invite', id: invite.id }} title={invite.title} label='分享这场活动' quiet />}

      {open && (
        <View className='invite-detail__actions'>
          <Button className='invite-detail__primary btn btn--primary' onClick={onAccept} disabled={busy || undefined} {...a11y(undefined, 'button', { disabled: busy })}>
            {busy ? '正在提交…' : full ? '加入候补' : invite.kind === 'level_up' ? '接受邀请并升级' : '接受邀请'}
          </Button>
          <Button className='invite-detail__secondary btn btn--secondary' onClick={() => void onDecline()} disabled={busy || undefined} {...a11y(undefined, 'button', { disabled: busy })}>
            婉拒
          </Button>
        </View>
      )}
      {cancellable && invite.kind !== 'level_up' && (
        <View className='invite-detail__actions'>
          <Button className='invite-detail__secondary btn btn--secondary' onClick={() => void onDecline()} disabled={busy || undefined} {...a11y(undefined, 'button', { disabled: busy })}>
            {invite.status === 'waitlisted' ? '退出候补' : '取消参加'}
          </Button>
        </View>
      )}
    </View>
  )
}
