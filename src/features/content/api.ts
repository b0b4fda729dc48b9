import { request } from '@/services/request'
import { AskResponse, ContentResponse } from '@/services/schemas/content'

export const fetchContent = (slug: string) => request({ path: `/content/${encodeURIComponent(slug)}`, schema: ContentResponse }).then((r) => r.content)
export const askQuestion = (question: string) =>
  request({ method: 'POST', path: '/content/faq/questions', body: { question }, schema: AskResponse }).then((r) => r.question)
