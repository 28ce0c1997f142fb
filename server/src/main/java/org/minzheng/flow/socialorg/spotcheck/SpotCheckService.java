package org.minzheng.flow.socialorg.spotcheck;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.processes.socialorg.SocialOrgSpotCheckProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.minzheng.flow.socialorg.SocialOrgScope;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one class that starts and correlates {@code SocialOrgSpotCheckProcess}: plans a
 * check with a recorded, reproducible draw of organisations and inspectors, re-runs a
 * stored draw, receives rectification reports.
 */
@Service
public class SpotCheckService {

	/** Prefix of accounting firms (external parties). */
	static final String ACCOUNTING_FIRM_PREFIX = "SO-AF-";

	private final SpotCheckMapper spotChecks;

	private final OrganisationMapper organisations;

	private final OrgDirectory orgs;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom seeds = new SecureRandom();

	SpotCheckService(SpotCheckMapper spotChecks, OrganisationMapper organisations, OrgDirectory orgs, Workflow workflow,
			AuditTrail audit, Clock clock) {
		this.spotChecks = spotChecks;
		this.organisations = organisations;
		this.orgs = orgs;
		this.workflow = workflow;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Plans a spot check: draws the organisations (by count or ratio of the registrar's
	 * registered organisations) and the inspectors from a fresh seed, stores seed and
	 * candidate lists, and starts one case per drawn organisation.
	 */
	@Transactional
	public SpotCheck plan(PlanSpotCheck request, StaffUser user) {
		String registrar = request.registrarCode();
		if (!SocialOrgScope.holds(user, Role.SUPERVISOR, registrar)
				&& !SocialOrgScope.holds(user, Role.APPROVER, registrar)) {
			throw ApiException.forbidden("NOT_REGISTRAR_SUPERVISOR", "只有登记管理机关的科长或审批人可以安排抽查");
		}
		if (orgs.find(request.accountingFirmCode())
			.filter(OrgUnit::isExternal)
			.filter(unit -> unit.code().startsWith(ACCOUNTING_FIRM_PREFIX))
			.isEmpty()) {
			throw ApiException.badRequest("UNKNOWN_ACCOUNTING_FIRM", "accountingFirmCode", "会计师事务所不存在");
		}
		List<String> orgCandidates = organisations.activeIds(registrar).stream().map(String::valueOf).toList();
		List<String> inspectorCandidates = spotChecks.inspectorCandidates(registrar);
		int count = request.sampleSize() != null ? request.sampleSize() : request.samplePercent() != null
				? (int) Math.ceil(orgCandidates.size() * request.samplePercent() / 100.0) : 0;
		if (count < 1 || count > orgCandidates.size()) {
			throw ApiException.badRequest("SAMPLE_SIZE_INVALID", "sampleSize", "抽查数量须在 1 与登记在册组织数（{0}）之间",
					orgCandidates.size());
		}
		if (request.inspectorCount() > inspectorCandidates.size()) {
			throw ApiException.badRequest("TOO_FEW_INSPECTORS", "inspectorCount", "检查人员名录只有 {0} 人",
					inspectorCandidates.size());
		}
		long seed = seeds.nextLong();
		SpotCheckDraw.Sample sample = SpotCheckDraw.draw(seed, orgCandidates, count, inspectorCandidates,
				request.inspectorCount());
		OrganisationMapper.Key key = new OrganisationMapper.Key();
		spotChecks.insert(key,
				new SpotCheck(0, "NEW-" + java.util.UUID.randomUUID(), registrar, request.title().strip(), seed, count,
						request.inspectorCount(), SpotCheckDraw.join(orgCandidates),
						SpotCheckDraw.join(inspectorCandidates), SpotCheckDraw.join(sample.organisations()),
						SpotCheckDraw.join(sample.inspectors()), request.accountingFirmCode(), user.username(),
						clock.instant()));
		String checkNo = "SO-SC-%s-%d-%04d".formatted(registrar, Year.now(clock).getValue(), key.id);
		spotChecks.setNumber(key.id, checkNo);
		audit.record(user, user.primary(BusinessLine.SOCIALORG, Role.SUPERVISOR, Role.APPROVER).role(), registrar,
				checkNo, "SOCIALORG_SPOT_CHECK_DRAWN", "双随机抽取：" + count + " 家组织（候选 " + orgCandidates.size() + "），"
						+ sample.inspectors().size() + " 名检查人员（候选 " + inspectorCandidates.size() + "），种子 " + seed,
				null);
		int n = 0;
		for (String organisationId : sample.organisations()) {
			OrganisationMapper.Key item = new OrganisationMapper.Key();
			String itemNo = checkNo + "-" + String.format("%03d", ++n);
			spotChecks.insertItem(item, itemNo, key.id, Long.parseLong(organisationId));
			Map<String, Object> variables = new HashMap<>();
			variables.put(SocialOrgSpotCheckProcess.VAR_ITEM_ID, item.id);
			variables.put(SocialOrgSpotCheckProcess.VAR_REGISTRAR_CODE, registrar);
			variables.put(SocialOrgSpotCheckProcess.VAR_ACCOUNTING_FIRM_CODE, request.accountingFirmCode());
			spotChecks.setItemProcess(item.id,
					workflow.start(SocialOrgSpotCheckProcess.PROCESS_KEY, itemNo, variables));
		}
		return spotChecks.find(key.id);
	}

	/**
	 * Re-runs the stored draw from its seed and candidate lists: anyone may check that it
	 * gives the recorded sample.
	 */
	@Transactional(readOnly = true)
	public Redraw redraw(String checkNo, StaffUser user) {
		SpotCheck check = visible(checkNo, user);
		SpotCheckDraw.Sample sample = SpotCheckDraw.draw(check.seed(), SpotCheckDraw.split(check.orgCandidates()),
				check.organisationCount(), SpotCheckDraw.split(check.inspectorCandidates()), check.inspectorCount());
		boolean same = sample.organisations().equals(SpotCheckDraw.split(check.drawnOrganisations()))
				&& sample.inspectors().equals(SpotCheckDraw.split(check.drawnInspectors()));
		return new Redraw(check.checkNo(), check.seed(), sample.organisations(), sample.inspectors(), same);
	}

	SpotCheck visible(String checkNo, StaffUser user) {
		SpotCheck check = spotChecks.findByNo(checkNo);
		if (check == null || !(SocialOrgScope.isStaffOf(user, check.registrarCode())
				|| SocialOrgScope.oversees(user, check.registrarCode()))) {
			throw ApiException.notFound("SPOT_CHECK_NOT_FOUND", "抽查不存在或无权查看");
		}
		return check;
	}

	/** The organisation sent its rectification report. */
	@Transactional
	public void rectificationReported(String itemNo, String note, StaffUser user) {
		SpotCheckItem item = spotChecks.findItemByNo(itemNo);
		SpotCheck check = item == null ? null : spotChecks.find(item.spotCheckId());
		if (check == null || !SocialOrgScope.isStaffOf(user, check.registrarCode())) {
			throw ApiException.notFound("SPOT_CHECK_NOT_FOUND", "抽查不存在或无权查看");
		}
		audit.record(user, user.primary(BusinessLine.SOCIALORG, Role.CLERK, Role.REVIEWER).role(),
				check.registrarCode(), itemNo, "SOCIALORG_RECTIFICATION_REPORTED", "收到整改报告", note);
		if (!workflow.correlate(SocialOrgSpotCheckProcess.MESSAGE_RECTIFICATION_REPORTED, itemNo, Map.of())) {
			throw ApiException.conflict("NOT_AWAITING_RECTIFICATION", "该组织当前不在整改期");
		}
	}

	/**
	 * A planning request: a sample size, or a percentage of the registered organisations.
	 */
	record PlanSpotCheck(@NotBlank @Size(max = 20) String registrarCode, @NotBlank @Size(max = 200) String title,
			@Min(1) @Max(10000) Integer sampleSize, @Min(1) @Max(100) Integer samplePercent,
			@Min(1) @Max(50) int inspectorCount, @NotBlank @Size(max = 20) String accountingFirmCode) {
	}

	/** The draw re-run from the stored seed, and whether it matches the record. */
	record Redraw(String checkNo, long seed, List<String> organisations, List<String> inspectors,
			boolean matchesRecord) {
	}

}
