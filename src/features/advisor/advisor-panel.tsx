import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { ErrorState } from '@/components/error-state'
import { SkeletonBlock } from '@/components/skeleton'
import { describeError } from '@/services/errors'
import { request } from '@/services/request'
import { MeResponse, type Member } from '@/services/schemas/growth'
import { AdvisorCard } from './advisor-card'

type Load = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; member: Member }

/** The advisor on the right's own page: asks `GET /me` who the member's advisor is. */
export function AdvisorPanel() {
  const [state, setState] = useState<Load>({ status: 'loading' })
  const load = useCallback(() => {
    request({ path: '/me', schema: MeResponse }).then(
      (r) => setState({ status: 'ready', member: r.member }),
      (error: unknown) => setState((s) => (s.status === 'ready' ? s : { status: 'error', error })),
    )
  }, [])
  useEffect(load, [load])
  useDidShow(load)

  if (state.status === 'loading') return <SkeletonBlock height={200} />
  if (state.status === 'error') return <ErrorState message={describeError(state.error)} onRetry={load} />
  if (!state.member.advisor) {
    return (
      <View className='advisor-card'>
        <Text className='advisor-card__line'>达到「核心共创」后，将为你安排一位专属顾问</Text>
      </View>
    )
  }
  return <AdvisorCard advisor={state.member.advisor} />
}
