import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { a11y } from '@/components/a11y'
import { describeError } from '@/services/errors'
import { fetchExport, type MemberExport } from './api'
import { copyExport, exportFileName, saveExport } from './export-file'

// Read at each use (the build makes it a constant either way), so a test can render both.
const isH5 = () => process.env.TARO_ENV === 'h5'

type Note = { tone: 'ok' | 'bad'; text: string }

function summary(doc: MemberExport): string {
  return `包含资料、成长记录 ${doc.growthEvents.length} 条、优惠券 ${doc.coupons.length} 张、权益领取 ${doc.rights.length} 次、邀请 ${doc.invites.length} 个、签到 ${doc.checkIns.length} 次、分享 ${doc.shares.length} 次、共创记录和消息。`
}

/** 导出我的数据: the whole export as a JSON file (H5: a download; mini-programs: save via a chat, or copy). */
export function ExportSection() {
  const [IS_H5] = useState(isH5)
  const [doc, setDoc] = useState<MemberExport | null>(null)
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState<Note | null>(null)

  const deliver = async (next: MemberExport, how: 'save' | 'copy') => {
    const result = how === 'copy' ? await copyExport(next) : await saveExport(next)
    if (result.ok) {
      setNote({ tone: 'ok', text: how === 'copy' ? `已复制全部数据（JSON），可以粘贴保存。${summary(next)}` : `已导出 ${exportFileName(next)}。${summary(next)}` })
    } else if (result.reason === 'cancelled') {
      setNote({ tone: 'ok', text: '已取消保存，数据仍可再次保存或复制。' })
    } else {
      setNote({ tone: 'bad', text: how === 'copy' ? '复制没有成功，请再试一次。' : '这台设备不能直接保存文件，请用「复制全部数据」。' })
    }
  }

  const onExport = async () => {
    setBusy(true)
    setNote(null)
    try {
      const next = await fetchExport()
      setDoc(next)
      // H5 downloads at once; in a mini-program the member picks how to keep it.
      if (IS_H5) await deliver(next, 'save')
      else setNote({ tone: 'ok', text: `数据已准备好。${summary(next)}` })
    } catch (e) {
      setNote({ tone: 'bad', text: `导出没有成功：${describeError(e)}。请稍后再试。` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='member-data__card'>
      <Text className='member-data__title'>导出我的数据</Text>
      <Text className='member-data__text'>把我们保存的关于你的全部数据导出为一个 JSON 文件：资料、成长记录、优惠券、权益、邀请、签到、分享、共创记录和消息。</Text>
      <Button className='btn btn--secondary member-data__button' disabled={busy || undefined} onClick={() => void onExport()} {...a11y(undefined, 'button', { disabled: busy })}>
        {busy ? '正在导出…' : doc && IS_H5 ? '再次导出' : '导出我的数据'}
      </Button>
      {doc && !IS_H5 && (
        <View className='member-data__row'>
          <Button className='btn btn--secondary member-data__button member-data__half' onClick={() => void deliver(doc, 'save')} {...a11y(undefined, 'button')}>
            保存为文件
          </Button>
          <Button className='btn btn--secondary member-data__button member-data__half' onClick={() => void deliver(doc, 'copy')} {...a11y(undefined, 'button')}>
            复制全部数据
          </Button>
        </View>
      )}
      {note && (
        <Text className={`member-data__note member-data__note--${note.tone}`} {...a11y(undefined, note.tone === 'bad' ? 'alert' : 'status')}>
          {note.text}
        </Text>
      )}
    </View>
  )
}
