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

@Mapper
interface UserMapper {

	record UserRow(long id, String username, String displayName, String passwordHash, boolean enabled,
			int failedAttempts, Instant lockedUntil) {
	}

	@Select("<script>SELECT username, display_name FROM app_user WHERE username IN "
			+ "<foreach item='u' collection='usernames' open='(' separator=',' close=')'>#{u}</foreach></script>")
	List<NameRow> displayNames(@Param("usernames") java.util.Collection<String> usernames);

	/** A user's display name. */
	record NameRow(String username, String displayName) {
	}

	@Select("SELECT id, username, display_name, password_hash, enabled, failed_attempts, locked_until FROM app_user WHERE username = #{username}")
	UserRow findByUsername(String username);

	@Select("SELECT id, username, display_name, password_hash, enabled, failed_attempts, locked_until FROM app_user WHERE id = #{id}")
	UserRow findById(long id);

	@Update("UPDATE app_user SET display_name = #{displayName} WHERE id = #{id}")
	int updateDisplayName(@Param("id") long id, @Param("displayName") String displayName);

	@Select("SELECT business_line AS line, role, org_unit_code FROM role_assignment WHERE user_id = #{userId} "
			+ "ORDER BY business_line, role, org_unit_code")
	List<RoleAssignment> findAssignments(long userId);

	/**
	 * Lifts a lock (failed_attempts is no longer counted: cleared with it for old rows).
	 */
	@Update("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE username = #{username}")
	int unlock(String username);

	@Insert("INSERT INTO app_user (username, display_name, password_hash, user_kind, enabled, failed_attempts, created_at) "
			+ "VALUES (#{username}, #{displayName}, #{passwordHash}, #{kind}, TRUE, 0, #{createdAt})")
	@Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
	int insertUser(NewUser user);

	@Insert("INSERT INTO role_assignment (user_id, business_line, role, org_unit_code) "
			+ "VALUES (#{userId}, #{line}, #{role}, #{orgUnitCode})")
	int insertAssignment(@Param("userId") long userId, @Param("line") String lineCode, @Param("role") Role role,
			@Param("orgUnitCode") String orgUnitCode);

	default void insertAssignment(long userId, RoleAssignment assignment) {
		insertAssignment(userId, assignment.lineCode(), assignment.role(), assignment.orgUnitCode());
	}

	/** A user and one role they hold, for directory lists. */
	record DirectoryRow(long id, String username, String displayName, String userKind, boolean enabled,
			Instant lockedUntil, BusinessLine line, Role role, String orgUnitCode) {
	}

	@Select("<script>SELECT u.id, u.username, u.display_name, u.user_kind, u.enabled, u.locked_until, "
			+ "r.business_line AS line, r.role, r.org_unit_code "
			+ "FROM app_user u JOIN role_assignment r ON r.user_id = u.id WHERE u.id IN (SELECT r2.user_id FROM role_assignment r2 "
			+ "WHERE r2.org_unit_code IN <foreach item='c' collection='units' open='(' separator=',' close=')'>#{c}</foreach>"
			+ "<if test='role != null'> AND r2.role = #{role}</if>) ORDER BY u.username, r.business_line, r.role, r.org_unit_code</script>")
	List<DirectoryRow> directory(@Param("units") java.util.Collection<String> units, @Param("role") Role role);

	@Delete("DELETE FROM role_assignment WHERE user_id = #{userId}")
	int deleteAssignments(long userId);

	@Update("UPDATE app_user SET enabled = #{enabled} WHERE id = #{id}")
	int updateEnabled(@Param("id") long id, @Param("enabled") boolean enabled);

	/** Mutable holder for the generated key. */
	final class NewUser {

		public Long id;

		public final String username;

		public final String displayName;

		public final String passwordHash;

		public final String kind;

		public final Instant createdAt;

		NewUser(String username, String displayName, String passwordHash, String kind, Instant createdAt) {
			this.username = username;
			this.displayName = displayName;
			this.passwordHash = passwordHash;
			this.kind = kind;
			this.createdAt = createdAt;
		}

	}

}
