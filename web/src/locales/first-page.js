// The catalogue groups the first pages (sign-in, inbox, the menu and the common dialogs) use: the Chinese
// catalogue's part that ships with the entry; the rest of it follows in its own chunk (i18n.js, vite.config.js).
// A group missing here still shows, once the rest has arrived (the router waits for it before any other page).
// An entry `group.key` takes just that string (the menu's labels of the lines' groups).
export const FIRST_PAGE_GROUPS = [
  'cemetery.nav', 'charity.nav', 'temporary.nav', 'temporary.fundNav',
  'app', 'nav', 'common', 'errors', 'login', 'inbox', 'ops', 'case', 'processes', 'tasks', 'due',
  'notificationKinds', 'outcomes', 'validation', 'notFound', 'lines', 'roles', 'statuses', 'caseOutcomes',
  'decisions', 'form', 'attachments', 'sessions'
]
