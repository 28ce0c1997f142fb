package org.minzheng.flow.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A feature's type that other features may use: the one named way in. Features
 * ({@code aid}, {@code socialorg}, {@code charity}, {@code lottery}, {@code cemetery},
 * {@code elderly}) otherwise do not import each other (ArchitectureTest); what all of
 * them share lives in the cross-cutting modules ({@code cases}, {@code inbox},
 * {@code audit}, ...). Types nested in a port (its records) are part of it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FeaturePort {

	/** Who uses the port and for what. */
	String value();

}
