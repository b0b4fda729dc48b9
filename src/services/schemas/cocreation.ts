import * as v from 'valibot'
import { Count, Instant } from './common'

export const TaskKindSchema = v.picklist(['feedback', 'survey', 'content', 'vote'])
export const TaskStatusSchema = v.picklist(['upcoming', 'open', 'submitted', 'adopted', 'closed'])

const SubmissionSchema = v.object({
  id: v.string(),
  taskId: v.string(),
  submittedAt: Instant,
  status: v.picklist(['submitted', 'adopted']),
  rating: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  text: v.optional(v.string()),
  answers: v.optional(v.record(v.string(), v.string())),
  optionId: v.optional(v.string()),
  attachment: v.optional(v.object({ name: v.string(), sizeBytes: Count, mimeType: v.optional(v.string()) })),
  staffReply: v.optional(v.string()),
  adoptedAt: v.optional(Instant),
})

export const TaskSchema = v.object({
  id: v.string(),
  inviteId: v.string(),
  kind: TaskKindSchema,
  title: v.string(),
  description: v.string(),
  opensAt: Instant,
  dueAt: Instant,
  status: TaskStatusSchema,
  questions: v.optional(v.array(v.object({ id: v.string(), label: v.string(), choices: v.optional(v.array(v.string())) }))),
  options: v.optional(v.array(v.object({ id: v.string(), label: v.string(), votes: v.optional(Count) }))),
  submission: v.optional(SubmissionSchema),
})

export const TasksResponse = v.object({ tasks: v.array(TaskSchema) })
export const SubmissionResponse = v.object({ submission: SubmissionSchema, task: v.optional(TaskSchema) })

export const RecordSchema = v.object({
  submitted: Count,
  adopted: Count,
  record: v.array(
    v.object({
      taskId: v.string(),
      title: v.string(),
      kind: v.optional(TaskKindSchema),
      submittedAt: Instant,
      status: v.picklist(['submitted', 'adopted']),
      staffReply: v.optional(v.string()),
      adoptedAt: v.optional(Instant),
    }),
  ),
})

export type TaskDto = v.InferOutput<typeof TaskSchema>
export type SubmissionDto = v.InferOutput<typeof SubmissionSchema>
export type RecordDto = v.InferOutput<typeof RecordSchema>
export type RecordItemDto = RecordDto['record'][number]
