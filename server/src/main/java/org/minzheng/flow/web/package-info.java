/**
 * Serving the browser workbench: the Vue single-page application built by the {@code web}
 * module, with history-mode routes forwarded to its index.html. Sign-in, CSRF and the
 * JSON login answers live in {@code security}.
 */
package org.minzheng.flow.web;
