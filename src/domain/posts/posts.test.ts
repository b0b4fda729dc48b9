import { checkPostInput, creditsDue } from './posts'

describe('creditsDue', () => {
  const none = { interactionCredited: false, featuredCredited: false }
  it('approval earns one interaction; featuring earns the share and reward too', () => {
    expect(creditsDue(none, 'approved')).toEqual({ interaction: true, featured: false })
    expect(creditsDue(none, 'featured')).toEqual({ interaction: true, featured: true })
    expect(creditsDue({ interactionCredited: true, featuredCredited: false }, 'featured')).toEqual({ interaction: false, featured: true })
  })
  it('never credits twice, nor for pending or rejected', () => {
    expect(creditsDue({ interactionCredited: true, featuredCredited: true }, 'featured')).toEqual({ interaction: false, featured: false })
    expect(creditsDue(none, 'rejected')).toEqual({ interaction: false, featured: false })
    expect(creditsDue(none, 'pending')).toEqual({ interaction: false, featured: false })
  })
})

describe('checkPostInput', () => {
  it('wants 10 to 2,000 characters, up to 9 image refs and a short tag', () => {
    expect(checkPostInput({ text: '太短了' })).toMatch(/至少 10/)
    expect(checkPostInput({ text: '这杯燕麦拿铁真的很好喝，推荐' })).toBeNull()
    expect(checkPostInput({ text: 'x'.repeat(2001) })).toMatch(/最多 2000/)
    expect(checkPostInput({ text: '这杯燕麦拿铁真的很好喝', imageRefs: Array(10).fill('img:a') })).toMatch(/最多 9/)
    expect(checkPostInput({ text: '这杯燕麦拿铁真的很好喝', imageRefs: 'img:a' })).toMatch(/格式/)
    expect(checkPostInput({ text: '这杯燕麦拿铁真的很好喝', productTag: 42 })).toMatch(/标签/)
  })
})
