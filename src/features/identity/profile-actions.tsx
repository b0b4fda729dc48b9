import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { a11y } from '@/components/a11y'
import { invalidateMemberData } from '@/services/mock-session'
import { clearSession } from '@/services/session'
import { PROFILE_EDIT_PAGE, SIGN_IN_PAGE } from './routes'
import './profile-actions.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'

/** 我的: 资料, and on H5 (where signing in is by phone) 退出登录. */
export function ProfileIdentityActions() {
  const signOut = async () => {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '退出后需要用手机号重新登录。', confirmText: '退出', cancelText: '取消' })
    if (!confirm) return
    clearSession(true)
    invalidateMemberData()
    void Taro.reLaunch({ url: SIGN_IN_PAGE })
  }
  return (
    <View className='identity-actions'>
      <View className='identity-actions__item' onClick={() => void Taro.navigateTo({ url: PROFILE_EDIT_PAGE })} {...a11y(undefined, 'link')}>
        <Text>资料</Text>
      </View>
      {IS_H5 && (
        <View className='identity-actions__item identity-actions__item--quiet' onClick={() => void signOut()} {...a11y(undefined, 'button')}>
          <Text>退出登录</Text>
        </View>
      )}
    </View>
  )
}
