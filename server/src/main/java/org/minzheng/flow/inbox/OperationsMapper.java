package org.minzheng.flow.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Reminders (催办) and copies (抄送). */
@Mapper
public interface OperationsMapper {

	/** A case copied to a user for information. */
	record Copy(long id, String caseRef, String recipient, String sentBy, String reason, Instant sentAt,
			Instant readAt) {
	}

	/**
	 * Fails with a duplicate key when the task was reminded on that working day already.
	 */
	@Insert("INSERT INTO task_reminder (task_id, working_day, case_ref, sent_by, reason, sent_at) "
			+ "VALUES (#{taskId}, #{day}, #{caseRef}, #{by}, #{reason}, #{now})")
	void insertReminder(@Param("taskId") String taskId, @Param("day") LocalDate workingDay,
			@Param("caseRef") String caseRef, @Param("by") String by, @Param("reason") String reason,
			@Param("now") Instant now);

	@Insert("INSERT INTO case_copy (case_ref, recipient, sent_by, reason, sent_at) "
			+ "VALUES (#{caseRef}, #{recipient}, #{by}, #{reason}, #{now})")
	void insertCopy(@Param("caseRef") String caseRef, @Param("recipient") String recipient, @Param("by") String by,
			@Param("reason") String reason, @Param("now") Instant now);

	@Select("<script>SELECT * FROM case_copy WHERE recipient = #{recipient}"
			+ "<if test='unreadOnly'> AND read_at IS NULL</if> ORDER BY id DESC LIMIT #{limit}</script>")
	List<Copy> copies(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly,
			@Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM case_copy WHERE recipient = #{recipient} AND read_at IS NULL")
	long countUnreadCopies(String recipient);

	@Update("UPDATE case_copy SET read_at = #{now} WHERE id = #{id} AND recipient = #{recipient} AND read_at IS NULL")
	int markCopyRead(@Param("id") long id, @Param("recipient") String recipient, @Param("now") Instant now);

	@Insert("INSERT INTO task_cosigner (task_id, username, added_by, reason, added_at) "
			+ "VALUES (#{taskId}, #{username}, #{by}, #{reason}, #{now})")
	void insertCosigner(@Param("taskId") String taskId, @Param("username") String username, @Param("by") String by,
			@Param("reason") String reason, @Param("now") Instant now);

	/** The users still to sign a task after its handler, in the order they were added. */
	@Select("SELECT username FROM task_cosigner WHERE task_id = #{taskId} AND signed_at IS NULL ORDER BY id")
	List<String> unsignedCosigners(String taskId);

	@Update("UPDATE task_cosigner SET signed_at = #{now} WHERE task_id = #{taskId} AND username = #{username} "
			+ "AND signed_at IS NULL")
	int markSigned(@Param("taskId") String taskId, @Param("username") String username, @Param("now") Instant now);

}
