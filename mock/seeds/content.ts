import { DAY_MS, rankOf, startOfShanghaiDay, toIso, type Instant, type LevelCode } from '../../src/domain'

/**
 * The content behind the rights cards, as structured data (the app renders text and simple
 * shapes, never HTML). Early-bird open times are relative to the backend clock so the list
 * always has something upcoming.
 */
export type Illustration = { shape: 'circle' | 'square' | 'pill'; emoji: string; color: string }

export const GUIDE = {
  slug: 'getting-started',
  kind: 'guide' as const,
  title: '新手上路',
  summary: '首单之后，三步用好你的好物。',
  sections: [
    { id: 'g1', heading: '开箱检查', body: '收到商品先核对清单与外观，如有破损请在 7 天内联系客服。', illustration: { shape: 'circle', emoji: '📦', color: '#f3d9b1' } },
    { id: 'g2', heading: '日常使用', body: '按说明书设置常用模式；首次使用前清洗一遍接触部件。', illustration: { shape: 'square', emoji: '☕', color: '#d8e7d0' } },
    { id: 'g3', heading: '保养与售后', body: '每月清洁一次，耗材按提示更换；保修期内凭会员码到店即可售后。', illustration: { shape: 'pill', emoji: '🧽', color: '#d5e2f0' } },
  ] satisfies { id: string; heading: string; body: string; illustration: Illustration }[],
}

export const FAQ_ITEMS = [
  { id: 'q1', question: '会员等级多久评定一次？', answer: '每次成长事件（消费、互动、分享）后实时评定，按最近 365 天累计。', tags: ['等级', '成长'] },
  { id: 'q2', question: '优惠券可以在哪些门店使用？', answer: '券详情里列出了适用门店；到店出示券码，店员扫码核销。', tags: ['优惠券', '门店'] },
  { id: 'q3', question: '生日礼怎么领？', answer: '在资料中填写生日后，生日当月在权益中心领取，每年一次。', tags: ['生日', '权益'] },
  { id: 'q4', question: '退款会影响等级吗？', answer: '会。退款会抵扣对应订单的消费金额，成长进度可能下降。', tags: ['退款', '等级'] },
  { id: 'q5', question: '如何保级？', answer: '到期前达到保级条件即可续期一年；首页会提前 30 天提醒还差多少。', tags: ['保级'] },
]

const EARLY_BIRD = [
  { id: 'eb1', title: '秋冬限定手冲礼盒', description: '限量 500 套，早鸟价 8 折。', publicInDays: 14, leadDays: { engager: 2, cocreator: 3 } },
  { id: 'eb2', title: '新一代便携咖啡机', description: '新品首发，早鸟赠滤网套装。', publicInDays: 30, leadDays: { engager: 3, cocreator: 7 } },
]

/** The member's own open time is the public one minus their level's lead (none below 积极互动). */
export function earlyBirdItems(now: Instant, levelCode: LevelCode) {
  const base = startOfShanghaiDay(now) + 10 * 3600_000 // 10:00 Shanghai
  return EARLY_BIRD.map((item) => {
    const publicAt = base + item.publicInDays * DAY_MS
    const byLevel = (Object.entries(item.leadDays) as [LevelCode, number][]).map(([code, lead]) => ({ levelCode: code, opensAt: toIso(publicAt - lead * DAY_MS) }))
    const mine = byLevel.filter((l) => rankOf(l.levelCode) <= rankOf(levelCode)).sort((a, b) => a.opensAt.localeCompare(b.opensAt))[0]
    return { id: item.id, title: item.title, description: item.description, publicOpensAt: toIso(publicAt), opensAt: mine?.opensAt ?? toIso(publicAt), opensAtByLevel: byLevel }
  })
}
