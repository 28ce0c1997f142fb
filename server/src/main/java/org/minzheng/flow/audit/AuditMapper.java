package org.minzheng.flow.audit;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code audit_event} and {@code audit_chain_head}; statements in AuditMapper.xml. */
@Mapper
interface AuditMapper {

	/** A position in the chain: a row's id and hash, or what the head names. */
	record ChainLink(long id, String hash) {
	}

	/** A stored row, columns in table order. */
	record AuditRow(long id, LocalDateTime occurredAt, String actor, String actorRole, String orgUnitCode,
			String caseRef, String action, String summary, String reason, String prevHash, String hash) {
	}

	/**
	 * The head, locked until the caller's transaction ends: appends queue here and form
	 * one chain.
	 */
	ChainLink lockHead();

	ChainLink readHead();

	int moveHead(@Param("id") long id, @Param("hash") String hash);

	/**
	 * Moves the head only if it still names {@code fromId} and {@code fromHash}; locks it
	 * until the caller's transaction ends.
	 * @return 1 when moved, 0 when the head had moved on
	 */
	int moveHeadFrom(@Param("id") long id, @Param("hash") String hash, @Param("fromId") long fromId,
			@Param("fromHash") String fromHash);

	/**
	 * Takes out rows the caller's transaction has just written and not committed, to
	 * write them again behind a head that moved on.
	 */
	int deleteUncommitted(@Param("ids") List<Long> ids);

	int insert(NewEvent event);

	/** Several rows in one statement, in list order; each gets its id. */
	int insertAll(@Param("events") List<NewEvent> events);

	/**
	 * Up to {@code limit} rows after {@code afterId}, in id order (keyset paging:
	 * constant cost per page).
	 */
	List<AuditRow> page(@Param("afterId") long afterId, @Param("limit") int limit);

	/** The last row before {@code id}, or null. */
	ChainLink linkBefore(long id);

	/** The smallest id after {@code id}, or null. */
	Long firstAfter(long id);

	List<AuditRow> findByCase(String caseRef);

	/** Rows inside the scope (optionally of one case), newest first. */
	List<AuditRow> findVisible(@Param("scope") AuditScope scope, @Param("caseRef") String caseRef,
			@Param("offset") long offset, @Param("limit") int limit);

	/**
	 * A row to insert. {@code occurredAt} goes as text: the connection sends no
	 * fractional seconds for temporal parameters (sendFractionalSeconds=false, for the
	 * engine), but the hash covers the milliseconds.
	 */
	final class NewEvent {

		Long id;

		final String occurredAt;

		final String actor;

		final String actorRole;

		final String orgUnitCode;

		final String caseRef;

		final String action;

		final String summary;

		final String reason;

		final String prevHash;

		final String hash;

		NewEvent(String occurredAt, String actor, String actorRole, String orgUnitCode, String caseRef, String action,
				String summary, String reason, String prevHash, String hash) {
			this.occurredAt = occurredAt;
			this.actor = actor;
			this.actorRole = actorRole;
			this.orgUnitCode = orgUnitCode;
			this.caseRef = caseRef;
			this.action = action;
			this.summary = summary;
			this.reason = reason;
			this.prevHash = prevHash;
			this.hash = hash;
		}

	}

}
