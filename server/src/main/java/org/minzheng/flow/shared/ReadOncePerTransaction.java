package org.minzheng.flow.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a mapper's SELECT: a transaction reads it once per parameter and keeps the rows
 * until it writes, through MyBatis, to a table the SELECT names
 * ({@link TransactionReads}). For rows read again and again in one transaction (the
 * case's application and applicant, read by the task rules, the work item's listener, the
 * delegates and the case index). The rows must be immutable (records).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadOncePerTransaction {

	/**
	 * Other SELECTs of the same mapper that read the same single row by one of its unique
	 * columns, as {@code "method=component"} (e.g. {@code "findById=id"}): a row read
	 * here is kept for them too, under the value of that record component.
	 */
	String[] sameRowAs() default {};

}
