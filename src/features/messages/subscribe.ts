import Taro from '@tarojs/taro'
import * as v from 'valibot'
import type { ReminderTopic } from '@/services/schemas/messages'
import { readMember, writeMember } from '@/services/member-storage'
import { recordSubscription } from './api'

/**
 * Subscribe messages (weapp `requestSubscribeMessage`). The template ids are the brand's, set up
 * in the WeChat console; these placeholders stand for them until a real appid exists.
 */
export const TEMPLATE_IDS: Record<ReminderTopic, string> = {
  'level-expiry': 'TMPL_LEVEL_EXPIRY',
  'invite-deadline': 'TMPL_INVITE_DEADLINE',
  'invite-start': 'TMPL_INVITE_START',
  'coupon-expiry': 'TMPL_COUPON_EXPIRY',
}

const REFUSED_KEY = 'reminders.refused'
const isTopics = (d: unknown): d is ReminderTopic[] => v.is(v.array(v.string()), d)

/** Topics the member said no to on this device: never asked again. */
export function refusedTopics(): ReminderTopic[] {
  return readMember(REFUSED_KEY, 1, isTopics) ?? []
}
function rememberRefused(topics: ReminderTopic[]) {
  writeMember(REFUSED_KEY, 1, [...new Set([...refusedTopics(), ...topics])])
}

export type AskOutcome = 'accepted' | 'refused' | 'partly' | 'skipped' | 'unsupported'

/** Only the mini-program can push; H5 members read reminders in the 消息 centre. Read per call so tests can switch. */
export const canSubscribe = () => process.env.TARO_ENV === 'weapp'

type SubscribeApi = (o: {
  tmplIds: string[]
  success?: (res: Record<string, string>) => void
  fail?: (e: { errMsg?: string; errCode?: number }) => void
}) => unknown

/**
 * Asks once for the topics not refused before. Call it straight from a tap handler (WeChat only
 * shows the dialog for a user gesture); never awaited before the tap's own request.
 */
export async function askForReminders(topics: ReminderTopic[]): Promise<AskOutcome> {
  if (!canSubscribe()) return 'unsupported'
  const refused = new Set(refusedTopics())
  const asking = topics.filter((t) => !refused.has(t))
  if (asking.length === 0) return 'skipped'
  const api = (Taro as unknown as { requestSubscribeMessage?: SubscribeApi }).requestSubscribeMessage
  if (typeof api !== 'function') return 'unsupported'
  const answers = await new Promise<Record<string, string> | 'switched-off' | null>((resolve) => {
    try {
      // 20004: the member turned subscription messages off altogether, which is a no.
      api({ tmplIds: asking.map((t) => TEMPLATE_IDS[t]), success: resolve, fail: (e) => resolve(e?.errCode === 20004 ? 'switched-off' : null) })
    } catch {
      resolve(null)
    }
  })
  // Any other failure (no tap gesture, an old client) is not the member's answer: nothing is remembered.
  if (answers === null) return 'unsupported'
  const accepted = answers === 'switched-off' ? [] : asking.filter((t) => answers[TEMPLATE_IDS[t]] === 'accept')
  const declined = asking.filter((t) => !accepted.includes(t))
  if (declined.length > 0) rememberRefused(declined)
  // The backend learns both; if it cannot be told now, the next ask (accepted topics only) tells it again.
  await Promise.allSettled([
    accepted.length > 0 ? recordSubscription(accepted, true) : null,
    declined.length > 0 ? recordSubscription(declined, false) : null,
  ])
  return declined.length === 0 ? 'accepted' : accepted.length === 0 ? 'refused' : 'partly'
}
