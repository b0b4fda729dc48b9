import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { a11y } from '@/components/a11y'
import { PROFILE_EDIT_PAGE } from './routes'
import { signOut } from './sign-out'
import './profile-actions.scss'

// The weapp signs in silently with the WeChat account; H5, Alipay and Douyin sign in by phone.
// (Read at render: the build replaces it with a constant either way.)
const signsInByPhone = () => process.env.TARO_ENV !== 'weapp'

/** 我的: 资料, and where signing in is by phone, 退出登录. */
export function ProfileIdentityActions() {
  const askSignOut = async () => {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '退出后需要用手机号重新登录。', confirmText: '退出', cancelText: '取消' })
    if (confirm) signOut()
  }
  return (
    <View className='identity-actions'>
      <View className='identity-actions__item' onClick={() => void Taro.navigateTo({ url: PROFILE_EDIT_PAGE })} {...a11y(undefined, 'link')}>
        <Text>资料</Text>
      </View>
      {signsInByPhone() && (
        <View className='identity-actions__item identity-actions__item--quiet' onClick={() => void askSignOut()} {...a11y(undefined, 'button')}>
          <Text>退出登录</Text>
        </View>
      )}
    </View>
  )
}
