package org.minzheng.flow.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.RoleAssignment;
import org.minzheng.flow.security.StaffUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices to staff, addressed to a role at an org unit (e.g. overdue escalations to a
 * district's supervisors).
 */
@Service
public class NotificationService {

	private final NotificationMapper notifications;

	private final Clock clock;

	NotificationService(NotificationMapper notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Transactional
	public void notify(String kind, BusinessLine line, Role role, String orgUnitCode, String caseRef, String taskId,
			String message) {
		notifications.insert(kind, line == null ? null : line.code(), role.name(), orgUnitCode, caseRef, taskId,
				message, clock.instant());
	}

	/** A notice to one user (a task sent back to them, a reminder, a delegation). */
	@Transactional
	public void notifyUser(String kind, String username, String orgUnitCode, String caseRef, String taskId,
			String message) {
		notifications.insertForUser(kind, username, orgUnitCode, caseRef, taskId, message, clock.instant());
	}

	/**
	 * Notices to the user, or to a role the user holds at the unit they hold it at,
	 * newest first.
	 */
	@Transactional(readOnly = true)
	public List<Notification> forUser(StaffUser user, int limit) {
		return notifications.forUser(user.username(), coverage(user), limit);
	}

	@Transactional
	public void markRead(long id, StaffUser user) {
		notifications.markRead(id, coverage(user), user.username(), clock.instant());
	}

	/**
	 * Every (role, unit) pair the user covers: a notice to the supervisors of a street
	 * also reaches the district supervisor, who oversees that street.
	 */
	private static List<Addressee> coverage(StaffUser user) {
		List<Addressee> addressees = new java.util.ArrayList<>();
		for (BusinessLine line : user.lines()) {
			for (Role role : Role.values()) {
				user.coverage(line, role)
					.forEach(unit -> addressees.add(new Addressee(line.code(), role.name(), unit)));
			}
		}
		return addressees;
	}

	/** A role of a line at a unit that a notice may be addressed to. */
	record Addressee(String line, String role, String orgUnitCode) {
	}

	/** A notice as staff see it. */
	public record Notification(long id, String kind, String role, String orgUnitCode, String caseRef, String taskId,
			String message, Instant createdAt, Instant readAt, String readBy, String username) {
	}

	@Mapper
	interface NotificationMapper {

		@Insert("INSERT INTO notification (kind, business_line, role, org_unit_code, case_ref, task_id, message, created_at) "
				+ "VALUES (#{kind}, #{line}, #{role}, #{org}, #{caseRef}, #{taskId}, #{message}, #{now})")
		void insert(@Param("kind") String kind, @Param("line") String line, @Param("role") String role,
				@Param("org") String orgUnitCode, @Param("caseRef") String caseRef, @Param("taskId") String taskId,
				@Param("message") String message, @Param("now") Instant now);

		@Insert("INSERT INTO notification (kind, role, org_unit_code, case_ref, task_id, message, created_at, username) "
				+ "VALUES (#{kind}, '', #{org}, #{caseRef}, #{taskId}, #{message}, #{now}, #{username})")
		void insertForUser(@Param("kind") String kind, @Param("username") String username,
				@Param("org") String orgUnitCode, @Param("caseRef") String caseRef, @Param("taskId") String taskId,
				@Param("message") String message, @Param("now") Instant now);

		@Select("<script>SELECT * FROM notification WHERE username = #{username} "
				+ "<foreach collection='assignments' item='a'>"
				+ "OR (username IS NULL AND role = #{a.role} AND org_unit_code = #{a.orgUnitCode} "
				+ "AND business_line = #{a.line})</foreach> " + "ORDER BY id DESC LIMIT #{limit}</script>")
		List<Notification> forUser(@Param("username") String username,
				@Param("assignments") List<Addressee> assignments, @Param("limit") int limit);

		@Update("<script>UPDATE notification SET read_at = #{now}, read_by = #{by} WHERE id = #{id} AND read_at IS NULL AND "
				+ "(username = #{by} <foreach collection='assignments' item='a'>"
				+ "OR (username IS NULL AND role = #{a.role} AND org_unit_code = #{a.orgUnitCode} "
				+ "AND business_line = #{a.line})</foreach>)</script>")
		int markRead(@Param("id") long id, @Param("assignments") List<Addressee> assignments, @Param("by") String by,
				@Param("now") Instant now);

	}

}
