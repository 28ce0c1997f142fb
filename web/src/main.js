import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { setUnauthorizedHandler } from './api'
import { session } from './session'

// a session that has ended (timeout, signed out elsewhere: SESSION_EXPIRED) says so on the sign-in page
setUnauthorizedHandler((code) => {
  session.me = null
  if (router.currentRoute.value.name !== 'login') {
    const query = { redirect: router.currentRoute.value.fullPath }
    if (code === 'SESSION_EXPIRED') query.expired = '1'
    router.push({ name: 'login', query })
  }
})

createApp(App).use(i18n).use(router).use(ElementPlus).mount('#app')
