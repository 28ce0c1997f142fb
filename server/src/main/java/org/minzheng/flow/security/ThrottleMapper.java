package org.minzheng.flow.security;

import java.time.Instant;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Rows of {@code login_throttle} (see {@link SignInThrottle}). */
@Mapper
interface ThrottleMapper {

	record Row(String usernameHash, String addressHash, int failures, Instant windowStartedAt, Instant lastAttemptAt,
			Instant retryAt) {
	}

	/**
	 * The row, locked until the transaction ends, so that nodes count one after another.
	 */
	@Select("SELECT username_hash, address_hash, failures, window_started_at, last_attempt_at, retry_at "
			+ "FROM login_throttle WHERE username_hash = #{usernameHash} AND address_hash = #{addressHash} FOR UPDATE")
	Row lock(@Param("usernameHash") String usernameHash, @Param("addressHash") String addressHash);

	@Insert("INSERT INTO login_throttle (username_hash, address_hash, failures, window_started_at, last_attempt_at, retry_at) "
			+ "VALUES (#{usernameHash}, #{addressHash}, #{failures}, #{windowStartedAt}, #{lastAttemptAt}, #{retryAt})")
	int insert(Row row);

	@Update("UPDATE login_throttle SET failures = #{failures}, window_started_at = #{windowStartedAt}, "
			+ "last_attempt_at = #{lastAttemptAt}, retry_at = #{retryAt} "
			+ "WHERE username_hash = #{usernameHash} AND address_hash = #{addressHash}")
	int update(Row row);

	@Delete("DELETE FROM login_throttle WHERE username_hash = #{usernameHash} AND address_hash = #{addressHash}")
	int delete(@Param("usernameHash") String usernameHash, @Param("addressHash") String addressHash);

	/** Every address's count for one username. */
	@Delete("DELETE FROM login_throttle WHERE username_hash = #{usernameHash}")
	int deleteUsername(String usernameHash);

	@Delete("DELETE FROM login_throttle WHERE last_attempt_at < #{before}")
	int deleteIdleSince(Instant before);

}
