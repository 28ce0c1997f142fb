package org.minzheng.flow.aid.settings;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A district's figures for social assistance, changed with four eyes: an administrator at
 * the district (or the city) proposes the whole set with its document; a different
 * administrator there or above approves — the live tables the registration and the draw
 * read are written in the same transaction — or rejects with a reason. A change is
 * refused on approval when it is no longer proposed or the live figures moved since it
 * was proposed, so nobody approves a picture of old → new that is no longer true.
 */
@Service
public class AidSettings {

	/** The city bureau: its administrators cover every district. */
	static final String CITY = "440300";

	/** Roles of the 社会救助 line that read a district's current figures. */
	static final List<Role> READERS = List.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR,
			Role.ADMIN);

	private final AidSettingsMapper settings;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final ObjectMapper json;

	private final Clock clock;

	AidSettings(AidSettingsMapper settings, OrgDirectory orgs, AuditTrail audit, ObjectMapper json, Clock clock) {
		this.settings = settings;
		this.orgs = orgs;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A proposed set (amounts in fen, rates in basis points) with its document and
	 * reason; the bounds the annotations state are checked by {@link SettingsRules}.
	 */
	public record Proposal(@Size(max = 100) String documentNo, @Size(max = 300) String documentTitle,
			@Size(max = 500) String reason, Long advanceLimitFen, Long streetApprovalLimitFen, Long noticeThresholdFen,
			Long expenditureCapFen, @Size(max = 10) List<TierInput> tiers, Integer sharePercent, Integer flagFindings,
			Integer flagMonths) {
	}

	/** One proposed 支出型 band; a blank label is made from its figures. */
	public record TierInput(Long minShortfallFen, Long maxShortfallFen, Integer rateBasisPoints,
			@Size(max = 50) String label) {
	}

	/** A district the user may open. */
	public record District(String code, String name) {
	}

	/**
	 * A district's page: the live figures for everyone who may read them; the open
	 * proposal and the history (old → new) for administrators and auditors only.
	 */
	public record DistrictSettings(String districtCode, String districtName, Figures current, String documentNo,
			boolean administrator, SettingsChange open, List<SettingsChange> history) {
	}

	/** The districts whose figures the user may read. */
	@Transactional(readOnly = true)
	public List<District> districts(StaffUser user) {
		return orgs.children(CITY)
			.stream()
			.filter(OrgUnit::isDistrict)
			.filter(d -> readable(user, d.code()))
			.map(d -> new District(d.code(), d.name()))
			.toList();
	}

	/**
	 * The district's figures as the user may see them (the permission check ran before).
	 */
	@Transactional(readOnly = true)
	public DistrictSettings view(String district, StaffUser user) {
		AidSettingsMapper.Limits limits = settings.limits(district);
		boolean administrator = user.covers(BusinessLine.AID, Role.ADMIN, district);
		boolean history = administrator || user.covers(BusinessLine.AID, Role.AUDITOR, district);
		List<SettingsChange> changes = history ? settings.history(district).stream().map(this::change).toList()
				: List.of();
		SettingsChange open = changes.stream()
			.filter(c -> c.status() == SettingsChange.Status.PROPOSED)
			.findFirst()
			.orElse(null);
		return new DistrictSettings(district, orgs.nameOf(district), live(district),
				limits == null ? null : limits.documentNo(), administrator, open, changes);
	}

	/**
	 * Proposes the district's whole set for another administrator's approval.
	 * @throws ApiException the {@link SettingsRules} codes, {@code SETTINGS_UNCHANGED},
	 * {@code SETTINGS_PENDING} (the district has an open proposal)
	 */
	@Transactional
	public SettingsChange propose(String district, Proposal proposal, StaffUser admin) {
		requireAdmin(admin, district);
		if (proposal == null) {
			throw ApiException.badRequest("FIELD_REQUIRED", "documentNo", "请填写救助参数");
		}
		Figures proposed = SettingsRules.figures(proposal);
		String documentNo = SettingsRules.text(proposal.documentNo(), 100, "documentNo", "请填写制定参数的文件文号（100 字以内）");
		String title = SettingsRules.text(proposal.documentTitle(), 300, "documentTitle", "请填写文件标题（300 字以内）");
		String reason = SettingsRules.text(proposal.reason(), 500, "reason", "请填写调整理由（500 字以内）");
		Figures current = live(district);
		if (proposed.equals(current)) {
			throw ApiException.conflict("SETTINGS_UNCHANGED", "提交的参数与现行参数相同");
		}
		AidSettingsMapper.NewChange change = new AidSettingsMapper.NewChange(district, documentNo, title, reason,
				write(current), write(proposed), admin.username(), clock.instant());
		try {
			settings.insertChange(change);
		}
		catch (DuplicateKeyException ex) {
			throw pending();
		}
		audit.record(new AuditRecord(admin.username(), Role.ADMIN.name(), district, null, "AID_SETTINGS_PROPOSED",
				"提交" + orgs.nameOf(district) + "救助参数变更 #" + change.id + "，依据 " + documentNo + "《" + title + "》："
						+ SettingsDiff.describe(current, proposed),
				reason));
		return change(settings.find(change.id));
	}

	/**
	 * A different administrator approves: the live tables take the proposed figures now.
	 * @throws ApiException {@code SETTINGS_CHANGE_NOT_FOUND}, {@code FOUR_EYES_REQUIRED},
	 * {@code SETTINGS_DECIDED}, {@code SETTINGS_STALE} (the live figures changed since)
	 */
	@Transactional
	public SettingsChange approve(String district, long id, String reason, StaffUser admin) {
		requireAdmin(admin, district);
		SettingsChange change = decidable(district, id, admin);
		String why = reason == null || reason.isBlank() ? null
				: SettingsRules.text(reason, 500, "reason", "审批意见须在 500 字以内");
		// the status first: a second approver waits on the row and is told it is decided
		if (settings.approve(id, admin.username(), clock.instant(), why) != 1) {
			throw decided();
		}
		if (!Objects.equals(change.oldFigures(), live(district))) {
			// rolls the status back with the rest
			throw ApiException.conflict("SETTINGS_STALE", "提交后现行参数已有变动：请驳回后按现行参数重新提交");
		}
		apply(district, change.newFigures(), change.documentNo());
		audit.record(new AuditRecord(admin.username(), Role.ADMIN.name(), district, null, "AID_SETTINGS_APPROVED",
				"审批生效" + orgs.nameOf(district) + "救助参数变更 #" + id + "（" + change.proposedBy() + " 提交，依据 "
						+ change.documentNo() + "）：" + SettingsDiff.describe(change.oldFigures(), change.newFigures()),
				why));
		return change(settings.find(id));
	}

	/**
	 * A different administrator refuses the change, with a reason; nothing live changes.
	 * @throws ApiException {@code SETTINGS_CHANGE_NOT_FOUND}, {@code FOUR_EYES_REQUIRED},
	 * {@code FIELD_REQUIRED} (no reason), {@code SETTINGS_DECIDED}
	 */
	@Transactional
	public SettingsChange reject(String district, long id, String reason, StaffUser admin) {
		requireAdmin(admin, district);
		SettingsChange change = decidable(district, id, admin);
		String why = SettingsRules.text(reason, 500, "reason", "请填写驳回理由（500 字以内）");
		if (settings.reject(id, admin.username(), clock.instant(), why) != 1) {
			throw decided();
		}
		audit.record(new AuditRecord(admin.username(), Role.ADMIN.name(), district, null, "AID_SETTINGS_REJECTED",
				"驳回" + orgs.nameOf(district) + "救助参数变更 #" + id + "（" + change.proposedBy() + " 提交，依据 "
						+ change.documentNo() + "）",
				why));
		return change(settings.find(id));
	}

	/** The live figures, read where the registration and the draw read them. */
	private Figures live(String district) {
		AidSettingsMapper.Limits limits = settings.limits(district);
		AidSettingsMapper.Policy policy = settings.policy(district);
		return new Figures(limits == null ? null : limits.advanceLimitFen(),
				limits == null ? null : limits.streetApprovalLimitFen(),
				limits == null ? null : limits.noticeThresholdFen(), limits == null ? null : limits.expenditureCapFen(),
				settings.tiers(district), policy.sharePercent(), policy.flagFindings(), policy.flagMonths());
	}

	private void apply(String district, Figures figures, String documentNo) {
		if (settings.updateLimits(district, figures, documentNo) == 0) {
			settings.insertLimits(district, figures, documentNo);
		}
		settings.deleteTiers(district);
		figures.tiers().forEach(tier -> settings.insertTier(district, tier));
		if (settings.updatePolicy(district, figures) == 0) {
			settings.insertPolicy(district, figures);
		}
	}

	private SettingsChange decidable(String district, long id, StaffUser admin) {
		AidSettingsMapper.ChangeRow row = settings.find(id);
		if (row == null || !row.districtCode().equals(district)) {
			throw ApiException.notFound("SETTINGS_CHANGE_NOT_FOUND", "没有这项救助参数变更");
		}
		if (row.proposedBy().equals(admin.username())) {
			throw ApiException.forbidden("FOUR_EYES_REQUIRED", "不能审批自己提交的参数变更，须由另一位管理员审批");
		}
		if (row.status() != SettingsChange.Status.PROPOSED) {
			throw decided();
		}
		return change(row);
	}

	/** Only an administrator at the district or above changes its figures. */
	static void requireAdmin(StaffUser user, String district) {
		if (!user.covers(BusinessLine.AID, Role.ADMIN, district)) {
			throw ApiException.notFound("DISTRICT_NOT_FOUND", "没有该区或无权查看");
		}
	}

	private boolean readable(StaffUser user, String district) {
		return orgs.withDescendants(district)
			.stream()
			.anyMatch(unit -> READERS.stream().anyMatch(role -> user.covers(BusinessLine.AID, role, unit)));
	}

	private static ApiException decided() {
		return ApiException.conflict("SETTINGS_DECIDED", "该参数变更已被处理");
	}

	private static ApiException pending() {
		return ApiException.conflict("SETTINGS_PENDING", "本区已有一项待审批的参数变更，请先审批或驳回");
	}

	private SettingsChange change(AidSettingsMapper.ChangeRow row) {
		return new SettingsChange(row.id(), row.districtCode(), row.status(), row.documentNo(), row.documentTitle(),
				row.reason(), read(row.oldFigures()), read(row.newFigures()), row.proposedBy(), row.proposedAt(),
				row.decidedBy(), row.decidedAt(), row.decisionReason());
	}

	private String write(Figures figures) {
		try {
			return json.writeValueAsString(figures);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Figures not writable as JSON", ex);
		}
	}

	private Figures read(String text) {
		try {
			return json.readValue(text, Figures.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored figures not readable", ex);
		}
	}

}
