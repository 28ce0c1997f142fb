/**
 * Sign-in (form login, server-side session in the database, CSRF), staff users and the
 * roles they hold at org units, the scope those roles give (the unit and the units below
 * it), sign-in throttling by source (never lockout by wrong passwords), and the demo
 * users.
 */
package org.minzheng.flow.security;
