package org.minzheng.flow.shared.queue;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.InsertProvider;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.SelectProvider;
import org.apache.ibatis.annotations.UpdateProvider;

/**
 * The statements every queue kind runs on its tables ({@link WaitlistSql}), declared
 * once: a feature's {@code @Mapper} extends this with its row types and names its tables
 * ({@link WaitlistTables}); MyBatis binds each method to the feature's mapper. Not a
 * mapper itself (no {@code @Mapper}). Every state change is a compare-and-set: it names
 * the status it expects and changes nothing (0 rows) when another transaction got there
 * first.
 *
 * @param <E> the event row
 * @param <N> the entry row
 * @param <S> the slot row (an opening, a freed bed)
 * @param <O> the offer row
 * @param <K> the holder of generated keys (a public {@code Long id})
 */
public interface WaitlistMapper<E extends ChainEvent, N extends WaitlistRows.Entry, S extends WaitlistRows.Slot, O extends WaitlistRows.Offer, K> {

	/** Moves the chain head from {@code seq - 1} to {@code seq}: 1, or 0 if it moved. */
	@UpdateProvider(type = WaitlistSql.class, method = "moveHead")
	int moveHead(@Param("code") String code, @Param("seq") long seq, @Param("hash") String hash);

	/** Appends an event, its time as text ({@link WaitlistSql#insertEvent}). */
	@InsertProvider(type = WaitlistSql.class, method = "insertEvent")
	void insertEvent(@Param("e") E event, @Param("at") String occurredAt);

	@SelectProvider(type = WaitlistSql.class, method = "events")
	List<E> events(@Param("queue") String queue, @Param("afterSeq") long afterSeq, @Param("limit") int limit);

	// ---- entries ----

	@SelectProvider(type = WaitlistSql.class, method = "entry")
	N entry(long id);

	@SelectProvider(type = WaitlistSql.class, method = "entryOfApplication")
	N entryOfApplication(long applicationId);

	/** Every entry of the queue, in queue order. */
	@SelectProvider(type = WaitlistSql.class, method = "entries")
	List<N> entries(String queue);

	/** The waiting entries, in queue order. */
	@SelectProvider(type = WaitlistSql.class, method = "waiting")
	List<N> waiting(String queue);

	/** {@link WaitlistSql#candidate}. */
	@SelectProvider(type = WaitlistSql.class, method = "candidate")
	N candidate(@Param("queue") String queue, @Param("slotId") long slotId);

	@UpdateProvider(type = WaitlistSql.class, method = "countPass")
	int countPass(long id);

	@UpdateProvider(type = WaitlistSql.class, method = "moveEntry")
	int moveEntry(@Param("id") long id, @Param("from") String from, @Param("to") String to);

	@UpdateProvider(type = WaitlistSql.class, method = "removeEntry")
	int removeEntry(@Param("id") long id, @Param("from") String from, @Param("reason") String reason,
			@Param("now") Instant now);

	// ---- slots ----

	/** Available slots without an offer, in release order. */
	@SelectProvider(type = WaitlistSql.class, method = "unoffered")
	List<S> unoffered(String queue);

	// ---- offers ----

	@InsertProvider(type = WaitlistSql.class, method = "insertOffer")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertOffer(@Param("key") K key, @Param("no") String no, @Param("queue") String queue,
			@Param("slotId") long slotId, @Param("entryId") long entryId, @Param("now") Instant now,
			@Param("deadline") Instant deadline);

	@UpdateProvider(type = WaitlistSql.class, method = "numberOffer")
	void numberOffer(@Param("id") long id, @Param("no") String no);

	@SelectProvider(type = WaitlistSql.class, method = "offerByNo")
	O offerByNo(String no);

	@SelectProvider(type = WaitlistSql.class, method = "liveOfferOf")
	O liveOfferOf(long entryId);

	@SelectProvider(type = WaitlistSql.class, method = "offers")
	List<O> offers(String queue);

	@UpdateProvider(type = WaitlistSql.class, method = "acceptOffer")
	int acceptOffer(@Param("id") long id, @Param("now") Instant now);

	/** Ends a live offer: it no longer holds its slot nor its applicant. */
	@UpdateProvider(type = WaitlistSql.class, method = "endOffer")
	int endOffer(@Param("id") long id, @Param("from") String from, @Param("to") String to, @Param("now") Instant now);

}
