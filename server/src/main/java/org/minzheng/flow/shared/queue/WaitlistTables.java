package org.minzheng.flow.shared.queue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a queue kind's tables on its MyBatis mapper, so that the statements every queue
 * kind shares come from one place ({@link WaitlistSql}). Each kind keeps its own tables
 * (their other columns and foreign keys differ); these are the columns they share:
 * <ul>
 * <li>{@link #queues()}: {@code code}, {@code chain_seq}, {@code chain_hash};</li>
 * <li>{@link #events()}: the queue column, {@code seq}, {@code occurred_at},
 * {@code event_type}, {@code application_no}, the slot's number, {@code offer_no},
 * {@code detail}, {@code actor}, {@code prev_hash}, {@code hash};</li>
 * <li>{@link #entries()}: {@code id}, the queue column, {@code application_id},
 * {@code application_no}, the ordering column, {@code status}, {@code passes},
 * {@code left_reason}, {@code left_at};</li>
 * <li>{@link #slots()}: {@code id}, the slot's number, the queue column, {@code status},
 * {@code filled_at};</li>
 * <li>{@link #offers()}: {@code id}, {@code offer_no}, the queue column, the slot's id,
 * {@code entry_id}, {@code status}, {@code offered_at}, {@code answer_deadline},
 * {@code answered_at}, the live slot's id, {@code live_entry_id}.</li>
 * </ul>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WaitlistTables {

	/** The queue rows with the chain head (e.g. {@code lottery_area}). */
	String queues();

	/** The event log. */
	String events();

	/** The places in the queue. */
	String entries();

	/** What is offered (openings, freed beds). */
	String slots();

	/** The offers. */
	String offers();

	/** The column naming the queue in the other tables (e.g. {@code area_code}). */
	String queueColumn();

	/**
	 * The slot's name in column names: {@code <slot>_no}, {@code <slot>_id},
	 * {@code live_<slot>_id} (e.g. {@code opening}).
	 */
	String slot();

	/** The entries' ordering column, ahead of {@code application_no}. */
	String sortColumn();

}
