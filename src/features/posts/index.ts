export { MyPostsScreen } from './my-posts-screen'
export { POSTS_URL } from './presentation'
