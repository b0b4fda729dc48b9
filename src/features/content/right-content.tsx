import Taro from '@tarojs/taro'
import { Button } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { CONTENT_URL } from '@/services/app-routes'

/** Which content stands behind which right. */
const BEHIND: Record<string, { slug: string; label: string }> = {
  'r-beginner-guide': { slug: 'faq', label: '打开有问必答' },
  'r-onboarding': { slug: 'getting-started', label: '阅读新手上路' },
  'r-early-bird': { slug: 'early-bird', label: '查看早鸟新品' },
}

export function hasContent(rightId: string): boolean {
  return rightId in BEHIND
}

export function RightContentLink({ rightId }: { rightId: string }) {
  const target = BEHIND[rightId]
  if (!target) return null
  return (
    <Button className='right-detail__action' onClick={() => void Taro.navigateTo({ url: CONTENT_URL(target.slug) })} {...a11y(undefined, 'link')}>
      {target.label}
    </Button>
  )
}
