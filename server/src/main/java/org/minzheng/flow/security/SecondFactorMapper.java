package org.minzheng.flow.security;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.minzheng.flow.shared.SealedText;

/**
 * Rows of {@code second_factor}, {@code second_factor_recovery} and
 * {@code second_factor_reset} (see {@link SecondFactorService}).
 */
@Mapper
interface SecondFactorMapper {

	/**
	 * A user's secret (sealed at rest, opened by its type handler); {@code confirmedAt}
	 * null while the enrolment waits for a code.
	 */
	record Factor(long id, long userId, SealedText sealedSecret, Instant createdAt, Instant confirmedAt,
			Long lastStep) {

		String secret() {
			return sealedSecret.value();
		}

	}

	@Select("SELECT id, user_id, secret AS sealed_secret, created_at, confirmed_at, last_step FROM second_factor "
			+ "WHERE user_id = #{userId}")
	Factor find(long userId);

	/** The row, locked until the transaction ends: checks of one user's codes queue. */
	@Select("SELECT id, user_id, secret AS sealed_secret, created_at, confirmed_at, last_step FROM second_factor "
			+ "WHERE user_id = #{userId} FOR UPDATE")
	Factor lock(long userId);

	@Insert("INSERT INTO second_factor (user_id, secret, created_at, confirmed_at, last_step) "
			+ "VALUES (#{userId}, #{secret,typeHandler=sealed}, #{createdAt}, #{confirmedAt}, NULL)")
	int insert(@Param("userId") long userId, @Param("secret") String secret, @Param("createdAt") Instant createdAt,
			@Param("confirmedAt") Instant confirmedAt);

	@Update("UPDATE second_factor SET confirmed_at = #{confirmedAt}, last_step = #{step} WHERE id = #{id} AND confirmed_at IS NULL")
	int confirm(@Param("id") long id, @Param("confirmedAt") Instant confirmedAt, @Param("step") long step);

	/**
	 * Records the step just accepted: only forward, so that a code of an earlier or the
	 * same step never counts again.
	 */
	@Update("UPDATE second_factor SET last_step = #{step} WHERE id = #{id} AND (last_step IS NULL OR last_step < #{step})")
	int useStep(@Param("id") long id, @Param("step") long step);

	@Delete("DELETE FROM second_factor WHERE user_id = #{userId}")
	int delete(long userId);

	/** A recovery code as stored. */
	record Recovery(long id, String codeHash) {
	}

	@Insert("INSERT INTO second_factor_recovery (factor_id, code_hash) VALUES (#{factorId}, #{codeHash})")
	int insertRecovery(@Param("factorId") long factorId, @Param("codeHash") String codeHash);

	@Select("SELECT id, code_hash FROM second_factor_recovery WHERE factor_id = #{factorId} AND used_at IS NULL ORDER BY id")
	List<Recovery> unusedRecovery(long factorId);

	@Update("UPDATE second_factor_recovery SET used_at = #{usedAt} WHERE id = #{id} AND used_at IS NULL")
	int useRecovery(@Param("id") long id, @Param("usedAt") Instant usedAt);

	@Delete("DELETE FROM second_factor_recovery WHERE factor_id IN (SELECT id FROM second_factor WHERE user_id = #{userId})")
	int deleteRecovery(long userId);

	/** A reset asked for, with the user it concerns. */
	record Reset(long id, long userId, String username, String displayName, String requestedBy, String reason,
			Instant requestedAt, String status, String decidedBy, Instant decidedAt) {
	}

	/** Mutable holder for the generated key. */
	final class NewReset {

		public Long id;

		public final long userId;

		public final String requestedBy;

		public final String reason;

		public final Instant requestedAt;

		NewReset(long userId, String requestedBy, String reason, Instant requestedAt) {
			this.userId = userId;
			this.requestedBy = requestedBy;
			this.reason = reason;
			this.requestedAt = requestedAt;
		}

	}

	@Insert("INSERT INTO second_factor_reset (user_id, requested_by, reason, requested_at, status) "
			+ "VALUES (#{userId}, #{requestedBy}, #{reason}, #{requestedAt}, 'REQUESTED')")
	@Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
	int insertReset(NewReset reset);

	@Select("SELECT r.id, r.user_id, u.username, u.display_name, r.requested_by, r.reason, r.requested_at, r.status, "
			+ "r.decided_by, r.decided_at FROM second_factor_reset r JOIN app_user u ON u.id = r.user_id WHERE r.id = #{id}")
	Reset findReset(long id);

	@Select("SELECT r.id, r.user_id, u.username, u.display_name, r.requested_by, r.reason, r.requested_at, r.status, "
			+ "r.decided_by, r.decided_at FROM second_factor_reset r JOIN app_user u ON u.id = r.user_id "
			+ "WHERE r.status = 'REQUESTED' ORDER BY r.requested_at, r.id")
	List<Reset> openResets();

	@Select("SELECT COUNT(*) FROM second_factor_reset WHERE user_id = #{userId} AND status = 'REQUESTED'")
	int openResetsOf(long userId);

	/** Decides a reset still open (compare-and-set: decided once). */
	@Update("UPDATE second_factor_reset SET status = #{status}, decided_by = #{decidedBy}, decided_at = #{decidedAt} "
			+ "WHERE id = #{id} AND status = 'REQUESTED'")
	int decideReset(@Param("id") long id, @Param("status") String status, @Param("decidedBy") String decidedBy,
			@Param("decidedAt") Instant decidedAt);

}
