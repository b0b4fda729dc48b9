import { adoptionDue, checkIdeaInput } from './ideas'

test('an idea needs a title of at most 40 characters and a description of at most 2,000', () => {
  expect(checkIdeaInput({ title: '', text: '想要' })).toMatch(/标题/)
  expect(checkIdeaInput({ title: '字'.repeat(41), text: '想要' })).toMatch(/最多 40/)
  expect(checkIdeaInput({ title: '冷萃小瓶装', text: ' ' })).toMatch(/描述/)
  expect(checkIdeaInput({ title: '冷萃小瓶装', text: 'x'.repeat(2001) })).toMatch(/最多 2000/)
  expect(checkIdeaInput({ title: '冷萃小瓶装', text: '出 250ml 的', imageRefs: Array(10).fill('img:a') })).toMatch(/最多 9/)
  expect(checkIdeaInput({ title: '冷萃小瓶装', text: '出 250ml 的' })).toBeNull()
})

test('adoption credits once', () => {
  expect(adoptionDue(false, 'adopted')).toBe(true)
  expect(adoptionDue(true, 'adopted')).toBe(false)
  expect(adoptionDue(false, 'reviewing')).toBe(false)
})
