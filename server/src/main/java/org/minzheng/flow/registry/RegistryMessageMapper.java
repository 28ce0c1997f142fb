package org.minzheng.flow.registry;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface RegistryMessageMapper {

	/** A stored registry answer. */
	record Message(Long id, String messageName, String caseRef, String payload, Instant receivedAt,
			Instant correlatedAt, int attempts, String lastError) {
	}

	/** Holder for the generated id. */
	final class Key {

		public Long id;

	}

	@Insert("INSERT INTO registry_message (message_name, case_ref, payload, received_at, attempts) "
			+ "VALUES (#{m.messageName}, #{m.caseRef}, #{m.payload}, #{m.receivedAt}, 0)")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insert(@Param("key") Key key, @Param("m") Message message);

	/**
	 * Answers still to deliver. One retried {@value RegistryInbox#MAX_ATTEMPTS} times
	 * (about half an hour at the default interval) stays in the table with its last error
	 * for an administrator, and is no longer retried.
	 */
	@Select("SELECT * FROM registry_message WHERE correlated_at IS NULL AND attempts < " + RegistryInbox.MAX_ATTEMPTS
			+ " ORDER BY id LIMIT #{limit}")
	List<Message> pending(int limit);

	@Select("SELECT * FROM registry_message WHERE id = #{id}")
	Message find(long id);

	/** Claims the message for correlation; 0 when another node did it first. */
	@Update("UPDATE registry_message SET correlated_at = #{now} WHERE id = #{id} AND correlated_at IS NULL")
	int markCorrelated(@Param("id") long id, @Param("now") Instant now);

	@Update("UPDATE registry_message SET attempts = attempts + 1, last_error = #{error} WHERE id = #{id}")
	void recordAttempt(@Param("id") long id, @Param("error") String error);

	@Insert("INSERT INTO registry_call (idempotency_key, registry, case_ref, request_id, created_at) "
			+ "VALUES (#{key}, #{registry}, #{caseRef}, #{requestId}, #{now})")
	void insertCall(@Param("key") String key, @Param("registry") String registry, @Param("caseRef") String caseRef,
			@Param("requestId") String requestId, @Param("now") Instant now);

	@Select("SELECT request_id FROM registry_call WHERE idempotency_key = #{key}")
	String requestIdOf(String key);

	/** A registry request whose answer has not been stored yet. */
	record OpenRequest(String caseRef, String requestId) {
	}

	@Select("SELECT c.case_ref, c.request_id FROM registry_call c WHERE c.registry = #{registry} "
			+ "AND c.answered_at IS NULL AND NOT EXISTS "
			+ "(SELECT 1 FROM registry_message m WHERE m.case_ref = c.case_ref AND m.message_name = #{messageName}) "
			+ "ORDER BY c.created_at LIMIT #{limit}")
	List<OpenRequest> unanswered(@Param("registry") String registry, @Param("messageName") String messageName,
			@Param("limit") int limit);

	/**
	 * The registry answered the case: its requests are no longer open
	 * ({@link #unanswered} walks only the open ones, by {@code ix_registry_call_open}).
	 * Found by the case ({@code ix_registry_call_case}), not by the open index, whose
	 * {@code answered_at} this sets.
	 */
	@Update("UPDATE registry_call SET answered_at = #{now} WHERE registry = #{registry} AND case_ref = #{caseRef} "
			+ "AND answered_at IS NULL")
	int markAnswered(@Param("registry") String registry, @Param("caseRef") String caseRef, @Param("now") Instant now);

}
