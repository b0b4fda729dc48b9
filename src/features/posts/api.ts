import { request } from '@/services/request'
import { PostResponse, PostsResponse } from '@/services/schemas/posts'

export interface PostDraft {
  kind: 'review' | 'showcase'
  text: string
  imageRefs?: string[]
  productTag?: string
}

export const fetchFeaturedPosts = () => request({ path: '/posts?scope=featured', schema: PostsResponse }).then((r) => r.posts)
export const fetchMyPosts = () => request({ path: '/posts?scope=mine', schema: PostsResponse }).then((r) => r.posts)
/** One Idempotency-Key per 发布 (request() keeps it until the outcome is known): a retry never posts twice. */
export const createPost = (draft: PostDraft) => request({ method: 'POST', path: '/posts', body: draft, schema: PostResponse }).then((r) => r.post)
