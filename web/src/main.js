import { createApp } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { router } from './router'
import { i18n, loadAllMessages, loadMessages } from './i18n'
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

// Element Plus's components (and v-loading) are imported where a template uses them (unplugin-vue-components, see
// vite.config.js), so a page loads only its own; its stylesheet stays whole (CSS, not script)
// English, when chosen, before the first render; the rest of the catalogues right after it
loadMessages(i18n.global.locale.value === 'zh-CN' ? null : i18n.global.locale.value)
  .catch(() => {}) // without the English catalogue the pages show Chinese (the fallback)
  .then(() => {
    // the toasts and message boxes render with the application's context (its configuration and language)
    createApp(App).use(i18n).use(router).use(ElMessage).use(ElMessageBox).mount('#app')
    loadAllMessages().catch(() => {})
  })
