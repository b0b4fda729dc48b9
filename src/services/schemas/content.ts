import * as v from 'valibot'
import { Instant, LevelCodeSchema } from './common'

const Illustration = v.object({ shape: v.picklist(['circle', 'square', 'pill']), emoji: v.string(), color: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/)) })
export const AskedQuestionSchema = v.object({ id: v.string(), question: v.string(), askedAt: Instant })

const Head = { slug: v.string(), title: v.string(), updatedAt: Instant }

export const GuideSchema = v.object({
  ...Head,
  kind: v.literal('guide'),
  summary: v.string(),
  sections: v.array(v.object({ id: v.string(), heading: v.string(), body: v.string(), illustration: Illustration })),
})
export const FaqSchema = v.object({
  ...Head,
  kind: v.literal('faq'),
  items: v.array(v.object({ id: v.string(), question: v.string(), answer: v.string(), tags: v.array(v.string()) })),
  myQuestions: v.array(AskedQuestionSchema),
})
export const EarlyBirdSchema = v.object({
  ...Head,
  kind: v.literal('early-bird'),
  items: v.array(
    v.object({
      id: v.string(),
      title: v.string(),
      description: v.string(),
      publicOpensAt: Instant,
      opensAt: Instant,
      opensAtByLevel: v.array(v.object({ levelCode: LevelCodeSchema, opensAt: Instant })),
    }),
  ),
})
export const ContentSchema = v.variant('kind', [GuideSchema, FaqSchema, EarlyBirdSchema])
export const ContentResponse = v.object({ content: ContentSchema })
export const AskResponse = v.object({ question: AskedQuestionSchema })

export type Content = v.InferOutput<typeof ContentSchema>
export type Guide = v.InferOutput<typeof GuideSchema>
export type Faq = v.InferOutput<typeof FaqSchema>
export type EarlyBird = v.InferOutput<typeof EarlyBirdSchema>
export type AskedQuestion = v.InferOutput<typeof AskedQuestionSchema>
