package org.minzheng.flow.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint, checked by {@link AccessInterceptor} before anything is read,
 * validated or revealed. Every handler under {@code /api/**} carries one; a handler
 * without it is refused (deny by default).
 *
 * <p>
 * The user must hold one of {@link #roles()} (any role when empty) for one of
 * {@link #lines()} (any line when empty). With a {@link #target()}, the record named by a
 * path variable is looked up first ({@link AccessTargets}) and the role must cover the
 * unit the record lives at for the record's line; any refusal then answers 404, so a
 * request outside one's rights learns nothing of whether the record exists. Users who
 * only read (auditors) may call only GET endpoints unless {@link #readOnlyMayCall()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Access {

	/** The lines the endpoint serves; empty for endpoints of no one line (inbox, me). */
	BusinessLine[] lines() default {};

	/** Roles, one of which the user must hold for one of the lines; empty: any. */
	Role[] roles() default {};

	/**
	 * {@code kind:variable}: the record the endpoint acts on, e.g.
	 * {@code aid-application:applicationNo} (see {@link AccessTargets}).
	 */
	String target() default "";

	/** Whether users who only read (auditors) may call this non-GET endpoint. */
	boolean readOnlyMayCall() default false;

	/** An endpoint anyone may call without signing in (the public pages' API). */
	boolean anonymous() default false;

}
