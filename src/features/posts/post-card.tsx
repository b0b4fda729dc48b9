import { Text, View } from '@tarojs/components'
import { formatShanghai } from '@/lib/format'
import type { PostDto } from '@/services/schemas/posts'
import './post-card.scss'

// Inline, not the domain module: the home (main package) shows cards, never the composer's rules.
const KIND = { review: '使用心得', showcase: '晒单' } as const
const STATUS = { pending: '审核中', approved: '已通过', featured: '已精选', rejected: '未通过' } as const

/** One post: kind, tag, text, photo count; the member's own also shows its review status and reason. */
export function PostCard({ post, showStatus }: { post: PostDto; showStatus?: boolean }) {
  return (
    <View className='post-card' data-testid={`post-${post.id}`}>
      <View className='post-card__top'>
        <Text className='post-card__kind'>
          {KIND[post.kind]}
          {post.productTag ? ` · #${post.productTag}` : ''}
        </Text>
        {showStatus ? (
          <Text className={`post-card__status post-card__status--${post.status}`} data-testid='post-status'>{STATUS[post.status]}</Text>
        ) : (
          <Text className='post-card__author'>{post.authorMasked}</Text>
        )}
      </View>
      <Text className='post-card__text'>{post.text}</Text>
      {post.imageRefs.length > 0 && <Text className='post-card__line'>{post.imageRefs.length} 张图片</Text>}
      <Text className='post-card__line'>{formatShanghai(post.createdAt, 'M月D日 HH:mm')} 发布</Text>
      {showStatus && post.status === 'rejected' && post.reason && <Text className='post-card__reason'>未通过原因：{post.reason}</Text>}
      {showStatus && post.status === 'featured' && <Text className='post-card__reward'>已精选：奖励券已放入券包，并计入 1 次分享</Text>}
      {showStatus && post.status === 'approved' && <Text className='post-card__line'>已通过审核，计入 1 次互动</Text>}
      {post.reply && <Text className='post-card__reply'>品牌回复：{post.reply}</Text>}
    </View>
  )
}
