import * as v from 'valibot'
import { Instant } from './common'

export const IdeaSchema = v.object({
  id: v.string(),
  title: v.string(),
  text: v.string(),
  imageRefs: v.array(v.string()),
  status: v.picklist(['received', 'reviewing', 'adopted', 'declined']),
  reply: v.optional(v.string()),
  createdAt: Instant,
  updatedAt: Instant,
  adoptedAt: v.optional(Instant),
  celebratedAt: v.optional(Instant),
})
export type IdeaDto = v.InferOutput<typeof IdeaSchema>
export const IdeasResponse = v.object({ ideas: v.array(IdeaSchema) })
export const IdeaResponse = v.object({ idea: IdeaSchema })
