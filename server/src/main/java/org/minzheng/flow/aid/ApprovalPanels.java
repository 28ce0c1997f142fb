package org.minzheng.flow.aid;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ApprovalMode;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval panels: an approving unit (a district, or a street under entrustment) may
 * decide a benefit type by a panel whose members all approve (会签) or of whom the first to
 * act decides (或签). Without a panel, one approver of the unit decides. Managed by the
 * unit's administrator (or the district's, for its streets).
 */
@Service
public class ApprovalPanels {

	private final PanelMapper panels;

	private final UserDetailsService users;

	private final AuditTrail audit;

	private final Clock clock;

	ApprovalPanels(PanelMapper panels, UserDetailsService users, AuditTrail audit, Clock clock) {
		this.panels = panels;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** The panel in force for the unit and benefit type, if any. */
	@Transactional(readOnly = true)
	public Optional<Panel> active(String orgUnitCode, String benefitType) {
		return Optional.ofNullable(panels.active(orgUnitCode, benefitType)).map(this::withMembers);
	}

	/** Sets up a panel, replacing the unit's current one for the benefit type. */
	@Transactional
	public Panel create(String orgUnitCode, BenefitType benefitType, ApprovalMode mode, List<String> members,
			StaffUser admin) {
		if (!admin.covers(BusinessLine.AID, Role.ADMIN, orgUnitCode)) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有本单位（或上级区）管理员可以设置审批小组");
		}
		if (mode == ApprovalMode.SINGLE || members.size() < 2
				|| members.stream().distinct().count() != members.size()) {
			throw ApiException.badRequest("PANEL_INVALID", "members", "会签/或签须指定至少两名不重复的审批人");
		}
		for (String member : members) {
			if (!approverAt(member, orgUnitCode)) {
				throw ApiException.badRequest("USER_NOT_APPROVER", "members", "{0} 不是该单位的审批人", member);
			}
		}
		Instant now = clock.instant();
		panels.revokeActive(orgUnitCode, benefitType.name(), now, admin.username());
		AidMapper.Key key = new AidMapper.Key();
		panels.insert(key, orgUnitCode, benefitType.name(), mode.name(), admin.username(), now);
		for (int i = 0; i < members.size(); i++) {
			panels.insertMember(key.id, i, members.get(i));
		}
		audit.record(new AuditRecord(admin.username(), Role.ADMIN.name(), orgUnitCode, null, "AID_APPROVAL_PANEL_SET",
				benefitType.label() + " 审批改为" + (mode == ApprovalMode.ALL ? "会签" : "或签") + "："
						+ String.join("、", members),
				null));
		return withMembers(panels.active(orgUnitCode, benefitType.name()));
	}

	private boolean approverAt(String username, String orgUnitCode) {
		try {
			StaffUser user = (StaffUser) users.loadUserByUsername(username);
			return user.assignments()
				.stream()
				.anyMatch(a -> a.role() == Role.APPROVER && a.appliesTo(BusinessLine.AID)
						&& a.orgUnitCode().equals(orgUnitCode));
		}
		catch (UsernameNotFoundException ex) {
			return false;
		}
	}

	private Panel withMembers(PanelMapper.Row row) {
		return new Panel(row.id(), row.orgUnitCode(), row.benefitType(), ApprovalMode.valueOf(row.mode()),
				panels.members(row.id()));
	}

	/** A panel in force. */
	public record Panel(long id, String orgUnitCode, String benefitType, ApprovalMode mode, List<String> members) {
	}

	@Mapper
	interface PanelMapper {

		/** A panel row. */
		record Row(long id, String orgUnitCode, String benefitType, String mode) {
		}

		@Select("SELECT id, org_unit_code, benefit_type, mode FROM aid_approval_panel WHERE org_unit_code = #{unit} "
				+ "AND benefit_type = #{type} AND revoked_at IS NULL ORDER BY id DESC LIMIT 1")
		Row active(@Param("unit") String orgUnitCode, @Param("type") String benefitType);

		@Select("SELECT username FROM aid_approval_panel_member WHERE panel_id = #{id} ORDER BY position")
		List<String> members(long id);

		@Update("UPDATE aid_approval_panel SET revoked_at = #{now}, revoked_by = #{by} WHERE org_unit_code = #{unit} "
				+ "AND benefit_type = #{type} AND revoked_at IS NULL")
		int revokeActive(@Param("unit") String orgUnitCode, @Param("type") String benefitType,
				@Param("now") Instant now, @Param("by") String by);

		@Insert("INSERT INTO aid_approval_panel (org_unit_code, benefit_type, mode, created_by, created_at) "
				+ "VALUES (#{unit}, #{type}, #{mode}, #{by}, #{now})")
		@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
		void insert(@Param("key") AidMapper.Key key, @Param("unit") String orgUnitCode,
				@Param("type") String benefitType, @Param("mode") String mode, @Param("by") String by,
				@Param("now") Instant now);

		@Insert("INSERT INTO aid_approval_panel_member (panel_id, position, username) VALUES (#{id}, #{position}, #{username})")
		void insertMember(@Param("id") long panelId, @Param("position") int position,
				@Param("username") String username);

	}

}
