import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyState, ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { describeError } from '@/services/errors'
import { fetchMyPosts } from './api'
import { PostComposer } from './composer'
import { PostCard } from './post-card'
import { usePageData } from '@/components/use-page-data'
import './posts.scss'

/** 我的分享: post a 使用心得 or 晒单, and follow each one's review (审核中 / 已精选 / 未通过 with the reason). */
export function MyPostsScreen() {
  const { data: posts, setData, error, load } = usePageData(fetchMyPosts)
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))
  return (
    <View className='posts'>
      <PostComposer onPosted={(post) => setData((list) => [post, ...(list ?? [])])} />
      <Text className='posts__title'>我的分享</Text>
      {!posts && error ? (
        <ErrorState message={describeError(error)} onRetry={() => void load()} />
      ) : !posts ? (
        <SkeletonGroup label='正在加载我的分享'>
          <SkeletonBlock height={160} />
        </SkeletonGroup>
      ) : posts.length === 0 ? (
        <EmptyState title='还没有发布过分享' message='写下使用心得或晒单，审核通过后会出现在这里' />
      ) : (
        posts.map((post) => <PostCard key={post.id} post={post} showStatus />)
      )}
    </View>
  )
}
