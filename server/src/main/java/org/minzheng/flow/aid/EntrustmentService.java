package org.minzheng.flow.aid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.inbox.WorkItem;
import org.minzheng.flow.inbox.WorkItemService;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entrustments of approval from a district to its streets, managed by the district's
 * administrator. The approving unit is resolved when an approval step starts; a
 * revocation also takes the open approvals of the streets it covered back to the district
 * at once (the street's approvers lose them on their next request).
 */
@Service
public class EntrustmentService {

	private final EntrustmentMapper entrustments;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final Clock clock;

	private final AidMapper aid;

	private final WorkItemService workItems;

	private final Workflow workflow;

	EntrustmentService(EntrustmentMapper entrustments, OrgDirectory orgs, AuditTrail audit, Clock clock, AidMapper aid,
			WorkItemService workItems, Workflow workflow) {
		this.aid = aid;
		this.workItems = workItems;
		this.workflow = workflow;
		this.entrustments = entrustments;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The approving unit for a case of the benefit type at the competent street, today.
	 */
	@Transactional(readOnly = true)
	public ApprovalAuthority resolve(String districtCode, String streetCode, String benefitType) {
		return resolve(districtCode, streetCode, benefitType, false);
	}

	/**
	 * The approving unit for a case of the benefit type at the competent street, today:
	 * where the applicant declared a conflict of interest (a close relative of aid staff
	 * or community cadres, 近亲属备案) always the district, which then also does the home
	 * visit itself; otherwise the street if the district entrusted it, else the district.
	 */
	@Transactional(readOnly = true)
	public ApprovalAuthority resolve(String districtCode, String streetCode, String benefitType,
			boolean conflictOfInterest) {
		if (conflictOfInterest) {
			// decided one level up even where approval is entrusted: the street's own
			// staff
			// are the relatives
			return new ApprovalAuthority(districtCode, districtCode, null, null, true);
		}
		LocalDate today = LocalDate.now(clock);
		return entrustments.activeFor(districtCode, benefitType)
			.stream()
			.map(this::withStreets)
			.filter(e -> e.covers(streetCode, today))
			.findFirst()
			.map(e -> new ApprovalAuthority(streetCode, districtCode, e, null, false))
			.orElseGet(() -> new ApprovalAuthority(districtCode, districtCode, null, null, false));
	}

	/**
	 * Records a new entrustment. Only an administrator of the district (or the city) may.
	 */
	@Transactional
	public Entrustment create(NewEntrustment request, StaffUser user) {
		OrgUnit district = orgs.find(request.districtCode())
			.filter(OrgUnit::isDistrict)
			.orElseThrow(() -> ApiException.badRequest("UNKNOWN_DISTRICT", "districtCode", "区代码不存在"));
		requireAdmin(user, district.code());
		for (String street : request.streets()) {
			if (orgs.find(street).filter(u -> u.isStreet() && district.code().equals(u.parentCode())).isEmpty()) {
				throw ApiException.badRequest("UNKNOWN_STREET", "streets", "街道不属于该区：{0}", street);
			}
		}
		if (!request.allStreets() && request.streets().isEmpty()) {
			throw ApiException.badRequest("STREETS_REQUIRED", "streets", "请指定受托街道，或选择全部街道");
		}
		if (request.effectiveTo() != null && request.effectiveTo().isBefore(request.effectiveFrom())) {
			throw ApiException.badRequest("INVALID_PERIOD", "effectiveTo", "截止日期早于生效日期");
		}
		AidMapper.Key key = new AidMapper.Key();
		entrustments.insert(key, district.code(), request.benefitType().name(), request.allStreets(),
				request.documentNo(), request.effectiveFrom(), request.effectiveTo(), user.username(), clock.instant());
		if (!request.allStreets()) {
			request.streets().stream().distinct().forEach(street -> entrustments.insertStreet(key.id, street));
		}
		audit.record(
				new AuditRecord(user.username(), Role.ADMIN.name(), district.code(), null, "AID_ENTRUSTMENT_CREATED",
						district.name() + " 委托 " + request.benefitType().label() + " 审批至"
								+ (request.allStreets() ? "全部街道"
										: String.join("、", request.streets().stream().map(orgs::nameOf).toList()))
								+ "（" + request.documentNo() + "），自 " + request.effectiveFrom() + " 起",
						null));
		return find(key.id).orElseThrow();
	}

	/**
	 * Revokes an entrustment; approval tasks that start from now on go to the district.
	 */
	@Transactional
	public Entrustment revoke(long id, String reason, StaffUser user) {
		Entrustment entrustment = find(id).filter(e -> user.canSee(BusinessLine.AID, e.districtCode()))
			.orElseThrow(() -> ApiException.notFound("ENTRUSTMENT_NOT_FOUND", "委托不存在"));
		requireAdmin(user, entrustment.districtCode());
		if (entrustments.revoke(id, clock.instant(), user.username(), reason) == 0) {
			throw ApiException.conflict("ENTRUSTMENT_REVOKED", "该委托已撤销");
		}
		audit.record(new AuditRecord(user.username(), Role.ADMIN.name(), entrustment.districtCode(), null,
				"AID_ENTRUSTMENT_REVOKED", orgs.nameOf(entrustment.districtCode()) + " 撤销委托 " + entrustment.documentNo()
						+ "：审批改由区民政局办理，尚未办结的审批任务收回区民政局",
				reason));
		takeBackOpenApprovals(entrustment, user, reason);
		return find(id).orElseThrow();
	}

	/**
	 * The end of an entrustment takes effect at once: each open approval of its benefit
	 * type at one of its streets whose approving unit is now another (the district,
	 * unless another entrustment still covers the street) starts again at the step that
	 * resolves the approving unit, and lands there.
	 */
	private void takeBackOpenApprovals(Entrustment entrustment, StaffUser user, String reason) {
		for (WorkItem item : workItems.openIn(entrustment.districtCode(), AidApplicationProcess.PROCESS_KEY,
				AidApplicationProcess.TASK_APPROVAL)) {
			AidApplication application = aid.findByNo(item.caseRef());
			if (application == null || !application.benefitType().equals(entrustment.benefitType())
					|| item.orgUnitCode().equals(entrustment.districtCode())) {
				continue;
			}
			String now = resolve(application.districtCode(), application.competentStreetCode(),
					application.benefitType(), application.conflictOfInterest())
				.orgUnitCode();
			if (now.equals(item.orgUnitCode())
					|| !workflow.restartBefore(application.processInstanceId(), AidApplicationProcess.TASK_APPROVAL,
							AidApplicationProcess.SERVICE_TASK_RESOLVE_APPROVAL_AUTHORITY)) {
				continue;
			}
			audit
				.record(new AuditRecord(
						user.username(), Role.ADMIN.name(), entrustment.districtCode(), application.applicationNo(),
						"AID_APPROVAL_TAKEN_BACK", "委托（" + entrustment.documentNo() + "）撤销，"
								+ orgs.nameOf(item.orgUnitCode()) + " 尚未办结的审批收回，改由 " + orgs.nameOf(now) + " 审批",
						reason));
		}
	}

	@Transactional(readOnly = true)
	public List<Entrustment> forDistrict(String districtCode, StaffUser user) {
		if (!user.canSee(BusinessLine.AID, districtCode)) {
			throw ApiException.notFound("UNKNOWN_DISTRICT", "区代码不存在或无权查看");
		}
		return entrustments.forDistrict(districtCode).stream().map(this::withStreets).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Entrustment> find(long id) {
		return Optional.ofNullable(entrustments.find(id)).map(this::withStreets);
	}

	private void requireAdmin(StaffUser user, String districtCode) {
		if (!user.covers(BusinessLine.AID, Role.ADMIN, districtCode)) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有本区民政局管理员可以管理委托");
		}
	}

	private Entrustment withStreets(EntrustmentMapper.Row row) {
		return new Entrustment(row.id(), row.districtCode(), row.benefitType(), row.allStreets(), row.documentNo(),
				row.effectiveFrom(), row.effectiveTo(), row.createdBy(), row.createdAt(), row.revokedAt(),
				row.revokedBy(), row.revokeReason(), row.allStreets() ? List.of() : entrustments.streets(row.id()));
	}

	/** What a district administrator submits to entrust approval. */
	public record NewEntrustment(String districtCode, BenefitType benefitType, boolean allStreets, List<String> streets,
			String documentNo, LocalDate effectiveFrom, LocalDate effectiveTo) {
	}

}
