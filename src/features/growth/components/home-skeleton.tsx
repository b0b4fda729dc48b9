import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'

export function HomeSkeleton() {
  return (
    <SkeletonGroup label='正在加载会员信息'>
      <SkeletonBlock height={420} radius={32} />
      <SkeletonBlock height={48} width='60%' />
      <SkeletonBlock height={120} />
      <SkeletonBlock height={120} />
      <SkeletonBlock height={120} />
    </SkeletonGroup>
  )
}
