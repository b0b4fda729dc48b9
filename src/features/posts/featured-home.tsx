import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { PostDto } from '@/services/schemas/posts'
import { fetchFeaturedPosts } from './api'
import { PostCard } from './post-card'
import './post-card.scss'

/** The home's 精选分享: up to three featured posts by other members; nothing at all if they cannot load. */
export function FeaturedPostsHome() {
  const [posts, setPosts] = useState<PostDto[] | null>(null)
  const load = () =>
    void fetchFeaturedPosts().then(
      (list) => setPosts(list.filter((p) => !p.byMe).slice(0, 3)),
      () => undefined, // a decoration of the home: keep what was shown, say nothing
    )
  useEffect(load, [])
  useDidShow(load)
  if (!posts || posts.length === 0) return null
  return (
    <View className='featured-posts' data-testid='home-featured-posts'>
      <Text className='featured-posts__title'>会员精选分享</Text>
      {posts.map((post) => (
        <PostCard key={post.id} post={post} />
      ))}
    </View>
  )
}
