package org.minzheng.flow.shared.queue;

import org.apache.ibatis.builder.annotation.ProviderContext;

/**
 * The SQL every queue kind runs on its tables, once: a MyBatis provider
 * ({@code @SelectProvider(type = WaitlistSql.class, method = "candidate")}) that reads
 * the table names from the mapper's {@link WaitlistTables}. Parameters: {@code queue}
 * (the queue's code), {@code id}, {@code from}/{@code to} (statuses), {@code slotId},
 * {@code entryId}, {@code no}, {@code now}, and as each method says. Every state change
 * is a compare-and-set: it names the status it expects and changes nothing (0 rows) when
 * another transaction got there first.
 */
public final class WaitlistSql {

	private WaitlistSql() {
	}

	private static String sql(ProviderContext context, String template) {
		WaitlistTables t = context.getMapperType().getAnnotation(WaitlistTables.class);
		if (t == null) {
			throw new IllegalStateException(context.getMapperType() + " names no @WaitlistTables");
		}
		return template.replace("[queues]", t.queues())
			.replace("[events]", t.events())
			.replace("[entries]", t.entries())
			.replace("[slots]", t.slots())
			.replace("[offers]", t.offers())
			.replace("[queue]", t.queueColumn())
			.replace("[slot]", t.slot())
			.replace("[order]", t.sortColumn());
	}

	// ---- queue rows and chain head ----

	public static String queue(ProviderContext c) {
		return sql(c, "SELECT * FROM [queues] WHERE code = #{code}");
	}

	/**
	 * Locks the queue's chain head until the transaction ends: one queue operation at a
	 * time.
	 */
	public static String lockQueue(ProviderContext c) {
		return sql(c, "SELECT * FROM [queues] WHERE code = #{code} FOR UPDATE");
	}

	public static String queues(ProviderContext c) {
		return sql(c, "SELECT * FROM [queues] ORDER BY district_code, code");
	}

	/**
	 * Params {@code code}, {@code seq}, {@code hash}: from {@code seq - 1} to
	 * {@code seq}.
	 */
	public static String moveHead(ProviderContext c) {
		return sql(c,
				"UPDATE [queues] SET chain_seq = #{seq}, chain_hash = #{hash} WHERE code = #{code} AND chain_seq = #{seq} - 1");
	}

	// ---- events ----

	/**
	 * Params {@code e} (a {@link ChainEvent}) and {@code at}: its time as text with
	 * milliseconds (the driver is set not to send fractional seconds), so the stored row
	 * hashes as it was hashed.
	 */
	public static String insertEvent(ProviderContext c) {
		return sql(c,
				"INSERT INTO [events] ([queue], seq, occurred_at, event_type, application_no, [slot]_no, offer_no, "
						+ "detail, actor, prev_hash, hash) VALUES (#{e.queueCode}, #{e.seq}, #{at}, #{e.type}, #{e.subjectNo}, "
						+ "#{e.slotNo}, #{e.offerNo}, #{e.detail}, #{e.actor}, #{e.prevHash}, #{e.hash})");
	}

	/** Params {@code queue}, {@code afterSeq}, {@code limit}. */
	public static String events(ProviderContext c) {
		return sql(c,
				"SELECT * FROM [events] WHERE [queue] = #{queue} AND seq > #{afterSeq} ORDER BY seq LIMIT #{limit}");
	}

	// ---- entries ----

	public static String entry(ProviderContext c) {
		return sql(c, "SELECT * FROM [entries] WHERE id = #{id}");
	}

	public static String entryOfApplication(ProviderContext c) {
		return sql(c, "SELECT * FROM [entries] WHERE application_id = #{applicationId}");
	}

	public static String entries(ProviderContext c) {
		return sql(c, "SELECT * FROM [entries] WHERE [queue] = #{queue} ORDER BY [order], application_no");
	}

	public static String waiting(ProviderContext c) {
		return sql(c,
				"SELECT * FROM [entries] WHERE [queue] = #{queue} AND status = 'WAITING' ORDER BY [order], application_no");
	}

	/**
	 * The first waiting applicant who holds no offer and was never offered this slot: the
	 * rule of {@link WaitlistReplay#nextOffer()}, in SQL. Params {@code queue},
	 * {@code slotId}.
	 */
	public static String candidate(ProviderContext c) {
		return sql(c, "SELECT e.* FROM [entries] e WHERE e.[queue] = #{queue} AND e.status = 'WAITING' "
				+ "AND NOT EXISTS (SELECT 1 FROM [offers] f WHERE f.live_entry_id = e.id) "
				+ "AND NOT EXISTS (SELECT 1 FROM [offers] f WHERE f.[slot]_id = #{slotId} AND f.entry_id = e.id) "
				+ "ORDER BY e.[order], e.application_no LIMIT 1");
	}

	public static String countPass(ProviderContext c) {
		return sql(c, "UPDATE [entries] SET passes = passes + 1 WHERE id = #{id} AND status = 'WAITING'");
	}

	public static String moveEntry(ProviderContext c) {
		return sql(c, "UPDATE [entries] SET status = #{to} WHERE id = #{id} AND status = #{from}");
	}

	/** Params {@code id}, {@code from}, {@code reason}, {@code now}. */
	public static String removeEntry(ProviderContext c) {
		return sql(c, "UPDATE [entries] SET status = 'REMOVED', left_reason = #{reason}, left_at = #{now} "
				+ "WHERE id = #{id} AND status = #{from}");
	}

	// ---- slots ----

	public static String numberSlot(ProviderContext c) {
		return sql(c, "UPDATE [slots] SET [slot]_no = #{no} WHERE id = #{id}");
	}

	public static String slot(ProviderContext c) {
		return sql(c, "SELECT * FROM [slots] WHERE id = #{id}");
	}

	public static String slots(ProviderContext c) {
		return sql(c, "SELECT * FROM [slots] WHERE [queue] = #{queue} ORDER BY id");
	}

	/** Available slots without an offer, in release order. */
	public static String unoffered(ProviderContext c) {
		return sql(c, "SELECT s.* FROM [slots] s WHERE s.[queue] = #{queue} AND s.status = 'OPEN' "
				+ "AND NOT EXISTS (SELECT 1 FROM [offers] f WHERE f.live_[slot]_id = s.id) ORDER BY s.id");
	}

	/** Params {@code id}, {@code from}, {@code to}, {@code filledAt}. */
	public static String moveSlot(ProviderContext c) {
		return sql(c,
				"UPDATE [slots] SET status = #{to}, filled_at = #{filledAt} WHERE id = #{id} AND status = #{from}");
	}

	// ---- offers ----

	/**
	 * Params {@code key} (its {@code id} receives the row's), {@code no}, {@code queue},
	 * {@code slotId}, {@code entryId}, {@code now}, {@code deadline}: the offer holds its
	 * slot and its applicant while live.
	 */
	public static String insertOffer(ProviderContext c) {
		return sql(c,
				"INSERT INTO [offers] (offer_no, [queue], [slot]_id, entry_id, status, offered_at, answer_deadline, "
						+ "live_[slot]_id, live_entry_id) VALUES (#{no}, #{queue}, #{slotId}, #{entryId}, 'OFFERED', #{now}, "
						+ "#{deadline}, #{slotId}, #{entryId})");
	}

	public static String numberOffer(ProviderContext c) {
		return sql(c, "UPDATE [offers] SET offer_no = #{no} WHERE id = #{id}");
	}

	public static String offer(ProviderContext c) {
		return sql(c, "SELECT * FROM [offers] WHERE id = #{id}");
	}

	public static String offerByNo(ProviderContext c) {
		return sql(c, "SELECT * FROM [offers] WHERE offer_no = #{no}");
	}

	public static String liveOfferOf(ProviderContext c) {
		return sql(c, "SELECT * FROM [offers] WHERE live_entry_id = #{entryId}");
	}

	public static String offers(ProviderContext c) {
		return sql(c, "SELECT * FROM [offers] WHERE [queue] = #{queue} ORDER BY id");
	}

	public static String acceptOffer(ProviderContext c) {
		return sql(c,
				"UPDATE [offers] SET status = 'ACCEPTED', answered_at = #{now} WHERE id = #{id} AND status = 'OFFERED'");
	}

	/** Ends a live offer: it no longer holds its slot nor its applicant. */
	public static String endOffer(ProviderContext c) {
		return sql(c, "UPDATE [offers] SET status = #{to}, answered_at = COALESCE(answered_at, #{now}), "
				+ "live_[slot]_id = NULL, live_entry_id = NULL WHERE id = #{id} AND status = #{from}");
	}

}
