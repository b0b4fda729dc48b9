import { POST_KIND_LABEL, POST_STATUS_LABEL, type PostKind, type PostStatus } from '@/domain/posts'

export const POSTS_URL = '/pages/posts/index'
export const kindLabel = (kind: PostKind) => POST_KIND_LABEL[kind]
export const statusLabel = (status: PostStatus) => POST_STATUS_LABEL[status]
