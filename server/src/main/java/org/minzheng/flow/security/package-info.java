/**
 * Sign-in (form login, server-side session in the database, CSRF), staff users and the
 * roles they hold at org units, the scope those roles give (the unit and the units below
 * it), sign-in throttling by source (never lockout by wrong passwords), the second factor
 * (TOTP, RFC 6238) that privileged users pass after the password
 * ({@link SecondFactorGate}, enrolment, recovery codes, administrators' four-eyes reset),
 * and the demo users.
 */
package org.minzheng.flow.security;
