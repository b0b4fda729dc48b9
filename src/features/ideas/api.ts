import { request } from '@/services/request'
import { IdeaResponse, IdeasResponse } from '@/services/schemas/ideas'

export interface IdeaDraft {
  title: string
  text: string
  imageRefs?: string[]
}

export const fetchIdeas = () => request({ path: '/ideas', schema: IdeasResponse }).then((r) => r.ideas)
export const giveIdea = (draft: IdeaDraft) => request({ method: 'POST', path: '/ideas', body: draft, schema: IdeaResponse }).then((r) => r.idea)
export const markCelebrated = (id: string) =>
  request({ method: 'POST', path: `/ideas/${encodeURIComponent(id)}/celebrated`, body: {}, schema: IdeaResponse }).then((r) => r.idea)
