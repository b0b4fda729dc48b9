import { useDidShow } from '@tarojs/taro'
import { useState, type ReactNode } from 'react'
import { Notice } from '@/components/notice'
import { ProgrammeScreen } from './programme-screen'
import { useJoined } from './use-session'
import { takeWelcome } from './welcome'

/** The home of a visitor who has not joined is the programme; a new member is greeted once. */
export function HomeGate({ children }: { children: ReactNode }) {
  const joined = useJoined()
  const [welcome, setWelcome] = useState(false)
  // On show, not on mount: the home tab is usually mounted already when the member joins.
  useDidShow(() => {
    if (takeWelcome()) setWelcome(true)
  })
  if (joined === false) return <ProgrammeScreen />
  return (
    <>
      {welcome && (
        <Notice tone='info' title='欢迎加入会员圈！'>
          你现在是「了解观察」会员，新人券已放进券包。
        </Notice>
      )}
      {children}
    </>
  )
}
