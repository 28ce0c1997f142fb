package org.minzheng.flow.charity;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.processes.charity.CharityTrustFilingProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.RoleAssignment;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one class that starts {@code CharityTrustFilingProcess}: a trustee (an external
 * party, {@code charity-party@CH-TR-…}) files a new trust, and as the trust's current
 * trustee its changes, termination and annual reports. Who may see a trust: the bureau it
 * is filed with, and its current trustee. A filing made more than
 * {@code minzheng.charity.trust-filing-calendar-days} after the day it counts from is
 * accepted and flagged late.
 */
@Service
public class TrustFilings {

	static final Set<String> SETTLOR_TYPES = Set.of("PERSON", "ORGANISATION");

	static final Set<String> ASSET_TYPES = Set.of("CASH", "REAL_ESTATE", "EQUITY", "OTHER");

	static final Set<String> CHANGE_TYPES = Set.of("TRUSTEE", "OTHER");

	private static final Logger log = LoggerFactory.getLogger(TrustFilings.class);

	private final CharityMapper charities;

	private final CharityProperties properties;

	private final Workflow workflow;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final Clock clock;

	TrustFilings(CharityMapper charities, CharityProperties properties, Workflow workflow, OrgDirectory orgs,
			AuditTrail audit, Clock clock) {
		this.charities = charities;
		this.properties = properties;
		this.workflow = workflow;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The trustee files a new trust: its particulars, settlors and assets. Filed late is
	 * still filed, and flagged.
	 * @throws ApiException 400 for incomplete or inconsistent particulars (nothing is
	 * stored), 403 when the user is no trustee
	 */
	@Transactional
	public TrustFiling fileTrust(FileTrust request, StaffUser user) {
		TrustParts.Trustee trustee = trusteeOf(user, request.trusteeUnitCode());
		NewTrust trust = validate(request);
		String registrar = orgs.find(trustee.unitCode())
			.map(OrgUnit::parentCode)
			.orElseThrow(() -> new IllegalStateException("trustee unit " + trustee.unitCode() + " has no bureau"));
		int days = daysSince(trust.signedOn());
		boolean late = days > properties.trustFilingCalendarDays();
		CharityMapper.Key key = new CharityMapper.Key();
		charities.insertTrust(key, "NEW-" + UUID.randomUUID(), trust, registrar, trustee.unitCode(), late,
				clock.instant());
		String trustNo = "CT-%s-%d-%06d".formatted(registrar, Year.now(clock).getValue(), key.id);
		charities.setTrustNo(key.id, trustNo);
		for (int i = 0; i < trust.settlors().size(); i++) {
			Settlor s = trust.settlors().get(i);
			charities.insertSettlor(key.id, i + 1, s.name(), s.settlorType());
		}
		for (int i = 0; i < trust.assets().size(); i++) {
			Asset a = trust.assets().get(i);
			charities.insertAsset(key.id, i + 1, a.assetType(), a.description(), a.valueYuan(), a.transferMethod(),
					a.transferEvidence());
		}
		return start(
				charities.trust(key.id), new CharityMapper.FilingRow(TrustFiling.INITIAL, trustee.unitCode(),
						user.username(), trust.signedOn(), days, late, "设立慈善信托：" + trust.name(), null, null, null),
				user);
	}

	/**
	 * The current trustee files a change: of trustee (the new one takes over once the
	 * receipt is issued, the history is kept) or of other particulars.
	 */
	@Transactional
	public TrustFiling fileChange(String trustNo, FileChange request, StaffUser user) {
		Trust trust = filedTrustOfCurrentTrustee(trustNo, user);
		String type = request.changeType() == null ? null : request.changeType().strip();
		if (type == null || !CHANGE_TYPES.contains(type)) {
			throw ApiException.badRequest("INVALID_OPTION", "changeType", "变更事项须为 TRUSTEE（受托人变更）或 OTHER（其他事项）");
		}
		LocalDate changedOn = pastDate(request.changedOn(), "changedOn", "变更决定日期");
		String summary = CharityInput.require(request.summary(), "summary", "变更内容", 1000);
		String newTrustee = null;
		if ("TRUSTEE".equals(type)) {
			newTrustee = CharityInput.require(request.newTrusteeUnitCode(), "newTrusteeUnitCode", "新受托人", 20);
			if (charities.trustee(newTrustee) == null) {
				throw ApiException.badRequest("UNKNOWN_TRUSTEE", "newTrusteeUnitCode", "新受托人须为已登记的慈善组织或信托公司");
			}
			if (newTrustee.equals(trust.trusteeUnitCode())) {
				throw ApiException.badRequest("SAME_TRUSTEE", "newTrusteeUnitCode", "新受托人与现受托人相同");
			}
		}
		else if (request.newTrusteeUnitCode() != null && !request.newTrusteeUnitCode().isBlank()) {
			throw ApiException.badRequest("FIELD_NOT_APPLICABLE", "newTrusteeUnitCode", "只有受托人变更才填写新受托人");
		}
		int days = daysSince(changedOn);
		return start(
				trust, new CharityMapper.FilingRow(TrustFiling.CHANGE, trust.trusteeUnitCode(), user.username(),
						changedOn, days, days > properties.trustFilingCalendarDays(), summary, newTrustee, null, null),
				user);
	}

	/** The current trustee files the termination with the liquidation report. */
	@Transactional
	public TrustFiling fileTermination(String trustNo, FileTermination request, StaffUser user) {
		Trust trust = filedTrustOfCurrentTrustee(trustNo, user);
		LocalDate terminatedOn = pastDate(request.terminatedOn(), "terminatedOn", "信托终止日期");
		String report = CharityInput.require(request.liquidationReport(), "liquidationReport", "清算报告", 2000);
		int days = daysSince(terminatedOn);
		return start(trust,
				new CharityMapper.FilingRow(TrustFiling.TERMINATION, trust.trusteeUnitCode(), user.username(),
						terminatedOn, days, days > properties.trustFilingCalendarDays(), "慈善信托终止", null, report, null),
				user);
	}

	/** The current trustee files its annual report on the trust's management. */
	@Transactional
	public TrustFiling fileAnnualReport(String trustNo, FileAnnualReport request, StaffUser user) {
		Trust trust = filedTrustOfCurrentTrustee(trustNo, user);
		int thisYear = today().getYear();
		if (request.reportYear() == null || request.reportYear() < trust.signedOn().getYear()
				|| request.reportYear() >= thisYear + 1) {
			throw ApiException.badRequest("REPORT_YEAR_INVALID", "reportYear", "报告年度须在信托设立年度与今年之间");
		}
		String summary = CharityInput.require(request.summary(), "summary", "年度报告（信托事务处理及财产管理情况）", 2000);
		return start(trust, new CharityMapper.FilingRow(TrustFiling.ANNUAL_REPORT, trust.trusteeUnitCode(),
				user.username(), today(), 0, false, summary, null, null, request.reportYear()), user);
	}

	private TrustFiling start(Trust trust, CharityMapper.FilingRow row, StaffUser user) {
		if (charities.openFilings(trust.id()) > 0) {
			throw ApiException.conflict("FILING_PENDING", "该慈善信托已有办理中的备案");
		}
		CharityMapper.Key key = new CharityMapper.Key();
		charities.insertFiling(key, "NEW-" + UUID.randomUUID(), trust.id(), row, clock.instant());
		String filingNo = "CTF-%s-%d-%06d".formatted(trust.registrarCode(), Year.now(clock).getValue(), key.id);
		charities.setFilingNo(key.id, filingNo);
		audit.record(user, Role.PARTY, row.trusteeUnit(), filingNo, "CHARITY_TRUST_FILED",
				typeLabel(row.type()) + "：" + trust.name() + "（" + trust.trustNo() + "）"
						+ (row.late() ? "；逾期备案，距" + eventLabel(row.type()) + " " + row.days() + " 日" : ""),
				null);
		String pid = workflow.start(CharityTrustFilingProcess.PROCESS_KEY, filingNo,
				Map.of(CharityTrustFilingProcess.VAR_FILING_ID, key.id, CharityTrustFilingProcess.VAR_REGISTRAR_CODE,
						trust.registrarCode(), CharityTrustFilingProcess.VAR_TRUSTEE_UNIT_CODE, row.trusteeUnit()));
		charities.setFilingProcess(key.id, pid);
		log.info("[{}] {} filing of {}{}", filingNo, row.type(), trust.trustNo(), row.late() ? " (late)" : "");
		return charities.filing(key.id);
	}

	// ---- reads ----

	/** A trust the user may see (its bureau, its current trustee), or 404. */
	@Transactional(readOnly = true)
	public Trust visible(String trustNo, StaffUser user) {
		return Optional.ofNullable(charities.trustByNo(trustNo))
			.filter(t -> CharityScope.canSee(user, t.registrarCode()) || CharityScope.canSee(user, t.trusteeUnitCode()))
			.orElseThrow(() -> ApiException.notFound("TRUST_NOT_FOUND", "慈善信托不存在或无权查看"));
	}

	/** A filing of a trust the user may see, or 404. */
	@Transactional(readOnly = true)
	public TrustFiling visibleFiling(String filingNo, StaffUser user) {
		TrustFiling filing = charities.filingByNo(filingNo);
		Trust trust = filing == null ? null : charities.trust(filing.trustId());
		if (trust == null || !(CharityScope.canSee(user, trust.registrarCode())
				|| CharityScope.canSee(user, trust.trusteeUnitCode()))) {
			throw ApiException.notFound("FILING_NOT_FOUND", "备案不存在或无权查看");
		}
		return filing;
	}

	@Transactional(readOnly = true)
	public List<Trust> list(StaffUser user) {
		Set<String> units = CharityScope.units(user);
		return units.isEmpty() ? List.of() : charities.trustsFor(units);
	}

	@Transactional(readOnly = true)
	public Trust trustOf(TrustFiling filing) {
		return charities.trust(filing.trustId());
	}

	@Transactional(readOnly = true)
	public List<TrustFiling> filings(Trust trust) {
		return charities.filingsOf(trust.id());
	}

	@Transactional(readOnly = true)
	public List<TrustParts.Settlor> settlors(Trust trust) {
		return charities.settlors(trust.id());
	}

	@Transactional(readOnly = true)
	public List<TrustParts.Asset> assets(Trust trust) {
		return charities.assets(trust.id());
	}

	@Transactional(readOnly = true)
	public List<TrustParts.TrusteeTerm> trusteeHistory(Trust trust) {
		return charities.trusteeHistory(trust.id());
	}

	@Transactional(readOnly = true)
	public List<TrustParts.Trustee> trustees() {
		return charities.trustees();
	}

	@Transactional(readOnly = true)
	public TrustParts.Trustee trustee(String unitCode) {
		return charities.trustee(unitCode);
	}

	// ---- helpers ----

	private TrustParts.Trustee trusteeOf(StaffUser user, String requested) {
		for (RoleAssignment assignment : user.assignments()) {
			if (assignment.role() == Role.PARTY && assignment.appliesTo(BusinessLine.CHARITY)
					&& (requested == null || requested.isBlank() || requested.equals(assignment.orgUnitCode()))) {
				TrustParts.Trustee trustee = charities.trustee(assignment.orgUnitCode());
				if (trustee != null) {
					return trustee;
				}
			}
		}
		throw ApiException.forbidden("NOT_TRUSTEE", "只有慈善信托的受托人（慈善组织或信托公司）可以办理备案");
	}

	private Trust filedTrustOfCurrentTrustee(String trustNo, StaffUser user) {
		Trust trust = visible(trustNo, user);
		if (!user.covers(BusinessLine.CHARITY, Role.PARTY, trust.trusteeUnitCode())) {
			throw ApiException.forbidden("NOT_CURRENT_TRUSTEE", "只有该慈善信托的现任受托人可以办理备案");
		}
		if (trust.status() != TrustStatus.FILED) {
			throw ApiException.conflict("TRUST_NOT_FILED", "该慈善信托尚未备案或已终止");
		}
		return trust;
	}

	private NewTrust validate(FileTrust r) {
		String name = CharityInput.require(r.name(), "name", "信托名称", 200);
		String purpose = CharityInput.require(r.purpose(), "purpose", "信托目的", 1000);
		String supervisor = CharityInput.optional(r.supervisorName(), "supervisorName", "监察人", 200);
		String bank = CharityInput.require(r.custodianBank(), "custodianBank", "保管银行", 200);
		String account = CharityInput.require(r.custodianAccount(), "custodianAccount", "信托财产专户账号", 40);
		if (!account.matches("\\d{8,30}")) {
			throw ApiException.badRequest("FIELD_PATTERN", "custodianAccount", "信托财产专户账号须为 8～30 位数字");
		}
		if (r.termYears() != null && (r.termYears() < 1 || r.termYears() > 100)) {
			throw ApiException.badRequest("FIELD_PATTERN", "termYears", "信托期限须为 1～100 年（永续信托不填）");
		}
		LocalDate signedOn = pastDate(r.signedOn(), "signedOn", "信托文件签订日期");
		if (r.settlors() == null || r.settlors().isEmpty()) {
			throw ApiException.badRequest("SETTLOR_REQUIRED", "settlors", "请填写至少一名委托人");
		}
		List<Settlor> settlors = new java.util.ArrayList<>();
		for (int i = 0; i < r.settlors().size(); i++) {
			Settlor s = r.settlors().get(i);
			String field = "settlors[" + i + "]";
			if (s == null || s.settlorType() == null || !SETTLOR_TYPES.contains(s.settlorType())) {
				throw ApiException.badRequest("INVALID_OPTION", field + ".settlorType",
						"委托人类型须为 PERSON（自然人）或 ORGANISATION（组织）");
			}
			settlors.add(new Settlor(CharityInput.require(s.name(), field + ".name", "委托人名称", 200), s.settlorType()));
		}
		if (r.assets() == null || r.assets().isEmpty()) {
			throw ApiException.badRequest("ASSET_REQUIRED", "assets", "请填写信托财产");
		}
		List<Asset> assets = new java.util.ArrayList<>();
		for (int i = 0; i < r.assets().size(); i++) {
			assets.add(validate(r.assets().get(i), "assets[" + i + "]"));
		}
		return new NewTrust(name, purpose, supervisor, bank, account, r.termYears(), signedOn, settlors, assets);
	}

	private static Asset validate(Asset a, String field) {
		if (a == null || a.assetType() == null || !ASSET_TYPES.contains(a.assetType())) {
			throw ApiException.badRequest("INVALID_OPTION", field + ".assetType",
					"财产类型须为 CASH、REAL_ESTATE、EQUITY 或 OTHER");
		}
		String description = CharityInput.require(a.description(), field + ".description", "财产说明", 300);
		// value_yuan DECIMAL(18,2): a wider value would fail in the database
		if (a.valueYuan() == null || a.valueYuan().signum() <= 0 || a.valueYuan().scale() > 2
				|| a.valueYuan().precision() - a.valueYuan().scale() > 16) {
			throw ApiException.badRequest("AMOUNT_INVALID", field + ".valueYuan", "财产价值须为正数（元，至多两位小数，整数部分不超过 16 位）");
		}
		String method = CharityInput.optional(a.transferMethod(), field + ".transferMethod", "财产转移方式", 300);
		String evidence = CharityInput.optional(a.transferEvidence(), field + ".transferEvidence", "转移凭证", 300);
		if (!"CASH".equals(a.assetType()) && (method == null || evidence == null)) {
			throw ApiException.badRequest("TRANSFER_EVIDENCE_REQUIRED", field + ".transferEvidence",
					"非资金财产（不动产、股权等）须写明转移方式及权属转移凭证");
		}
		return new Asset(a.assetType(), description, a.valueYuan(), method, evidence);
	}

	private LocalDate pastDate(String value, String field, String label) {
		LocalDate date = CharityInput.requireDate(value, field, label);
		if (date.isAfter(today())) {
			throw ApiException.badRequest("DATE_IN_FUTURE", field, "{0}不能晚于今天", label);
		}
		return date;
	}

	private int daysSince(LocalDate date) {
		return (int) ChronoUnit.DAYS.between(date, today());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
	}

	static String typeLabel(String filingType) {
		return switch (filingType) {
			case TrustFiling.INITIAL -> "慈善信托备案";
			case TrustFiling.CHANGE -> "慈善信托变更备案";
			case TrustFiling.TERMINATION -> "慈善信托终止备案";
			default -> "慈善信托年度报告";
		};
	}

	private static String eventLabel(String filingType) {
		return switch (filingType) {
			case TrustFiling.INITIAL -> "信托文件签订";
			case TrustFiling.CHANGE -> "变更";
			default -> "终止";
		};
	}

	/** A new trust as the trustee files it. */
	public record FileTrust(@Size(max = 20) String trusteeUnitCode, @Size(max = 200) String name,
			@Size(max = 1000) String purpose, @Size(max = 200) String supervisorName,
			@Size(max = 200) String custodianBank, @Size(max = 40) String custodianAccount, Integer termYears,
			@Size(max = 10) String signedOn, @Size(max = MAX_SETTLORS) List<@Valid Settlor> settlors,
			@Size(max = MAX_ASSETS) List<@Valid Asset> assets) {
	}

	/** Most settlors one trust filing lists. */
	public static final int MAX_SETTLORS = 200;

	/** Most assets one trust filing lists. */
	public static final int MAX_ASSETS = 100;

	/** A settlor as filed. */
	public record Settlor(@Size(max = 200) String name, @Size(max = 20) String settlorType) {
	}

	/** An asset as filed. */
	public record Asset(@Size(max = 20) String assetType, @Size(max = 300) String description,
			@Digits(integer = 16, fraction = 2) BigDecimal valueYuan, @Size(max = 300) String transferMethod,
			@Size(max = 300) String transferEvidence) {
	}

	/** A change filing. */
	public record FileChange(@Size(max = 20) String changeType, @Size(max = 10) String changedOn,
			@Size(max = 1000) String summary, @Size(max = 20) String newTrusteeUnitCode) {
	}

	/** A termination filing. */
	public record FileTermination(@Size(max = 10) String terminatedOn, @Size(max = 2000) String liquidationReport) {
	}

	/** An annual report. */
	public record FileAnnualReport(Integer reportYear, @Size(max = 1000) String summary) {
	}

	/** A validated new trust, as stored. */
	record NewTrust(String name, String purpose, String supervisorName, String custodianBank, String custodianAccount,
			Integer termYears, LocalDate signedOn, List<Settlor> settlors, List<Asset> assets) {
	}

}
