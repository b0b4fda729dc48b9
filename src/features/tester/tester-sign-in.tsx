import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState, useSyncExternalStore } from 'react'
import * as v from 'valibot'
import { a11y } from '@/components/a11y'
import { signInSilently } from '@/features/identity'
import { describeError, isApiError } from '@/services/errors'
import { invalidateMemberData } from '@/services/mock-session'
import { request } from '@/services/request'
import { clearSession, getSession, needsSignIn, onSessionChange } from '@/services/session'

const Me = v.object({ member: v.object({ id: v.string(), nickname: v.string() }) })

/** Who the current token speaks for, in words a tester can check at a glance. */
function useTokenMember(): string {
  const session = useSyncExternalStore(onSessionChange, getSession)
  const [text, setText] = useState('')
  useEffect(() => {
    if (!session) {
      setText(needsSignIn() ? '已退出：打开会员页面会要求登录' : '未登录：按所选身份（X-Persona）访问')
      return
    }
    let live = true
    setText('令牌有效，正在查询…')
    request({ path: '/me', schema: Me }).then(
      ({ member }) => live && setText(`令牌 → ${member.id}（${member.nickname}）`),
      (e: unknown) => live && setText(isApiError(e) && e.code === 'NOT_MEMBER' ? '令牌 → 访客，尚未加入会员' : `令牌查询失败：${describeError(e)}`),
    )
    return () => {
      live = false
    }
  }, [session])
  return text
}

/** 测试面板 → 登录: sign in as the chosen persona the way the weapp does (mock:<persona>), or sign out. */
export function TesterSignIn({ persona }: { persona: string }) {
  const status = useTokenMember()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const signIn = async () => {
    setBusy(true)
    setError('')
    try {
      await signInSilently()
      invalidateMemberData()
    } catch (e) {
      setError(`登录失败：${describeError(e)}`)
    } finally {
      setBusy(false)
    }
  }
  const signOut = () => {
    clearSession(true)
    invalidateMemberData()
  }
  return (
    <View className='tester__section' {...a11y('登录', 'group')}>
      <Text className='tester__title'>登录</Text>
      <Text className='tester__note' data-testid='tester-token-member'>{status}</Text>
      {error && <Text className='tester__note'>{error}</Text>}
      <View className='tester__row'>
        {/* `|| undefined`: disabled="false" still matches Taro's [disabled] grey style. */}
        <Button className='tester__chip' disabled={busy || undefined} onClick={() => void signIn()} ariaLabel={`以 ${persona} 登录`} {...a11y(undefined, 'button', { disabled: busy })}>
          以 {persona} 登录
        </Button>
        <Button className='tester__chip' onClick={signOut} ariaLabel='退出登录' {...a11y(undefined, 'button')}>
          退出登录
        </Button>
      </View>
    </View>
  )
}
