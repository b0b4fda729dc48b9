import { lazy, Suspense, type ComponentProps, type ComponentType, type ReactNode } from 'react'
import { HomeScreen } from '@/features/growth'
import { HomeGate } from '@/features/identity'
import type { Member } from '@/services/schemas/growth'
import { useShareMenu, useShareVisit } from '@/features/earning/share'
import * as now from './home-blocks'

type Blocks = { [K in 'BelowCard' | 'ForMember' | 'AwaitingInvite']: ComponentType<ComponentProps<(typeof now)[K]>> }
// After the frame that shows the card: the chunk's download and run never compete with that paint.
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
const load = () => afterPaint().then(() => import(/* webpackChunkName: "home-blocks" */ './home-blocks'))

// H5: the blocks around the card (check-in, share, invites, messages, advisor, celebrations) are a
// chunk of their own that loads once the card is painted, so the level does not wait for their code.
// The weapp keeps them in the page (a mini-program has no dynamic chunks): the condition is written
// out so each build drops the other branch.
const blocks: Blocks =
    process.env.TARO_ENV === 'h5'
    ? {
        BelowCard: lazy(() => load().then((m) => ({ default: m.BelowCard }))),
        ForMember: lazy(() => load().then((m) => ({ default: m.ForMember }))),
        AwaitingInvite: lazy(() => load().then((m) => ({ default: m.AwaitingInvite }))),
      }
    : now
const { BelowCard, ForMember, AwaitingInvite } = blocks

const slots = {
  belowCard: (
    <Suspense fallback={null}>
      <BelowCard />
    </Suspense>
  ),
  forMember: (member: Member) => (
    <Suspense fallback={null}>
      <ForMember member={member} />
    </Suspense>
  ),
  awaitingInvite: (levelName: string, fallback: ReactNode) => (
    <Suspense fallback={fallback}>
      <AwaitingInvite levelName={levelName} fallback={fallback} />
    </Suspense>
  ),
}

const HOME_SHARE = { kind: 'home' as const }

export default function HomePage() {
  useShareMenu(HOME_SHARE, '一起加入会员圈')
  useShareVisit()
  return (
    <HomeGate>
      <HomeScreen slots={slots} />
    </HomeGate>
  )
}
