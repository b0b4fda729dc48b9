import * as v from 'valibot'
import { Instant } from './common'

export const PostSchema = v.object({
  id: v.string(),
  authorMasked: v.string(),
  kind: v.picklist(['review', 'showcase']),
  text: v.string(),
  imageRefs: v.array(v.string()),
  productTag: v.optional(v.string()),
  status: v.picklist(['pending', 'approved', 'featured', 'rejected']),
  reason: v.optional(v.string()),
  reply: v.optional(v.string()),
  createdAt: Instant,
  reviewedAt: v.optional(Instant),
  rewardCouponId: v.optional(v.string()),
  byMe: v.optional(v.boolean(), false),
})
export type PostDto = v.InferOutput<typeof PostSchema>
export const PostsResponse = v.object({ posts: v.array(PostSchema) })
export const PostResponse = v.object({ post: PostSchema })
