package org.minzheng.flow.aid;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.integration.Masking;
import org.minzheng.flow.integration.RegistryException;
import org.minzheng.flow.integration.population.PopulationRegistryClient;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The population registry's name check (人口库姓名核验): at intake each member's name is checked
 * against the ID number (the registry answers yes or no, never the registered name). A
 * name it does not confirm — a mismatch, a person it does not know, or no answer because
 * it failed ({@code NOT_CHECKED}; intake goes on) — flags the member, and the acceptance
 * check refuses to accept while a flag is open ({@link AidTaskRules}). The competent
 * street's clerk resolves a flag before acceptance: by re-running the check, by a
 * corrected name the registry confirms (the member's name is changed), or by confirming
 * the name on a document seen (e.g. the 户口簿) with a reason. Each step is audited, names
 * masked.
 *
 * <p>
 * At intake the registry is asked before the submitting transaction opens
 * ({@link #beforeIntake}), so a slow or absent registry never holds a connection or the
 * one-open-application rows while it is waited for; once it fails, the household's other
 * members are not asked (an outage costs one timeout per submission, not one per member).
 * A clerk's re-run asks inside its own short transaction. There is no retry of its own:
 * at intake a failure is recorded, later the clerk's re-run is the retry.
 */
@Service
public class AidNameChecks {

	private static final Logger log = LoggerFactory.getLogger(AidNameChecks.class);

	static final int MAX_NAME = 50;

	static final int MAX_REASON = 500;

	static final int MAX_DOCUMENT = 100;

	/** What the check found. */
	public enum Result {

		CONFIRMED, MISMATCH, NOT_FOUND, NOT_CHECKED

	}

	/** How staff resolved a flag. */
	public enum Resolution {

		/** A corrected name, confirmed by the registry. */
		CORRECTED,
		/** The name as it stands, confirmed on a document with a reason. */
		CONFIRMED_BY_DOCUMENT

	}

	/** A member to check at intake. */
	record Member(long id, String name, String idNumber) {
	}

	/** A member's check as shown; the name masked unless the reader handles the case. */
	public record NameCheckView(long memberId, String name, String relation, String result, boolean flagged,
			Instant checkedAt, String resolution, String reason, String documentNo, String resolvedBy,
			Instant resolvedAt) {
	}

	/**
	 * A corrected name: at most {@value #MAX_NAME} characters, which the service counts
	 * (the bound here is in UTF-16 units, a rare character taking two).
	 */
	public record Correction(@Size(max = 2 * MAX_NAME) String name) {
	}

	/** A confirmation of the name as it stands: why, and the document seen. */
	public record Confirmation(@Size(max = MAX_REASON) String reason, @Size(max = MAX_DOCUMENT) String documentNo) {
	}

	private final AidNameCheckMapper checks;

	private final AidMapper aid;

	private final PopulationRegistryClient population;

	private final AuditTrail audit;

	private final Clock clock;

	AidNameChecks(AidNameCheckMapper checks, AidMapper aid, PopulationRegistryClient population, AuditTrail audit,
			Clock clock) {
		this.checks = checks;
		this.aid = aid;
		this.population = population;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Asks the registry about each member of an application about to be submitted,
	 * outside any transaction: the answers by {@link #person}. A member whose ID number
	 * does not parse is left out (the submission refuses it); after a failure the
	 * remaining members are {@code NOT_CHECKED} without asking.
	 */
	public Map<String, Result> beforeIntake(List<SubmitApplication.Member> members) {
		Map<String, Result> answers = new HashMap<>();
		boolean registryAway = false;
		for (SubmitApplication.Member m : members) {
			if (m == null || m.name() == null || m.idNumber() == null) {
				continue;
			}
			String idNumber;
			try {
				idNumber = CitizenIdNumber.of(m.idNumber()).value();
			}
			catch (RuntimeException invalid) {
				continue;
			}
			String name = m.name().strip();
			Result result = registryAway ? Result.NOT_CHECKED : ask(idNumber, name, "NameCheck:" + UUID.randomUUID());
			registryAway = result == Result.NOT_CHECKED;
			answers.put(person(idNumber, name), result);
		}
		return answers;
	}

	/** The key of a member's answer: the normalised ID number and the name as entered. */
	static String person(String idNumber, String name) {
		return idNumber + "|" + name;
	}

	/**
	 * Records each member's check at intake, inside the submitting transaction: the
	 * answer asked before it where there is one, else the registry is asked now; returns
	 * how many are flagged. A registry failure is recorded as {@code NOT_CHECKED}, never
	 * thrown.
	 */
	int atIntake(long applicationId, String applicationNo, List<Member> members, Map<String, Result> asked) {
		int flagged = 0;
		for (Member m : members) {
			Result known = asked.get(person(m.idNumber(), m.name()));
			Result result = known != null ? known : ask(m.idNumber(), m.name(), applicationNo + ":NameCheck:" + m.id());
			checks.insert(m.id(), applicationId, result.name(), clock.instant());
			flagged += result == Result.CONFIRMED ? 0 : 1;
		}
		return flagged;
	}

	/**
	 * Unresolved flags of an application (the acceptance check refuses ACCEPT while any).
	 */
	int unresolved(long applicationId) {
		return checks.unresolved(applicationId);
	}

	List<AidNameCheckMapper.Check> of(long applicationId) {
		return checks.checks(applicationId);
	}

	@Transactional(readOnly = true)
	public List<NameCheckView> view(String applicationNo, StaffUser user) {
		AidApplication application = visible(applicationNo, user);
		boolean handling = AidCaseView.HANDLING_ROLES.stream()
			.anyMatch(role -> user.covers(BusinessLine.AID, role, application.competentStreetCode()));
		return checks.checks(application.id())
			.stream()
			.map(c -> new NameCheckView(c.memberId(), handling ? c.name() : PersonalDataMasking.maskName(c.name()),
					c.relation(), c.result(), c.flagged(), c.checkedAt(), c.resolution(), c.resolutionReason(),
					c.documentNo(), c.resolvedBy(), c.resolvedAt()))
			.toList();
	}

	/** Runs the check again for a flagged member (e.g. after the registry failed). */
	@Transactional
	public List<NameCheckView> recheck(String applicationNo, long memberId, StaffUser clerk) {
		AidApplication application = open(applicationNo, clerk);
		AidNameCheckMapper.Check check = flagged(application, memberId);
		Result result = ask(check.idNumber().value(), check.name(), key(applicationNo, memberId));
		if (result == Result.NOT_CHECKED) {
			throw unavailable();
		}
		if (checks.recheck(memberId, application.id(), result.name(), clock.instant()) == 0) {
			throw notFlagged();
		}
		audit.record(new AuditRecord(clerk.username(), Role.CLERK.name(), application.competentStreetCode(),
				applicationNo, "AID_NAME_RECHECKED",
				"重新核验家庭成员姓名（" + PersonalDataMasking.maskName(check.name()) + "）：" + label(result), null));
		return view(applicationNo, clerk);
	}

	/**
	 * A corrected name: checked at the registry first; only a confirmed name replaces the
	 * member's and resolves the flag (otherwise nothing changes).
	 */
	@Transactional
	public List<NameCheckView> correct(String applicationNo, long memberId, Correction request, StaffUser clerk) {
		String name = name(request == null ? null : request.name());
		AidApplication application = open(applicationNo, clerk);
		AidNameCheckMapper.Check check = flagged(application, memberId);
		Result result = ask(check.idNumber().value(), name, key(applicationNo, memberId));
		if (result == Result.NOT_CHECKED) {
			throw unavailable();
		}
		if (result != Result.CONFIRMED) {
			throw ApiException.conflict("NAME_STILL_NOT_CONFIRMED", "更正后的姓名仍未通过人口库核验（{0}），未作更改", label(result));
		}
		if (checks.resolve(memberId, application.id(), Resolution.CORRECTED.name(), null, null, clerk.username(),
				application.competentStreetCode(), clock.instant()) == 0) {
			throw notFlagged();
		}
		checks.rename(memberId, name);
		audit.record(new AuditRecord(clerk.username(), Role.CLERK.name(), application.competentStreetCode(),
				applicationNo, "AID_MEMBER_NAME_CORRECTED", "更正家庭成员姓名：" + PersonalDataMasking.maskName(check.name())
						+ " → " + PersonalDataMasking.maskName(name) + "，人口库核验一致",
				null));
		return view(applicationNo, clerk);
	}

	/** The name as it stands, confirmed on a document the clerk saw, with a reason. */
	@Transactional
	public List<NameCheckView> confirm(String applicationNo, long memberId, Confirmation request, StaffUser clerk) {
		String reason = text(request == null ? null : request.reason(), "reason", MAX_REASON, "请写明核实理由");
		String document = text(request == null ? null : request.documentNo(), "documentNo", MAX_DOCUMENT,
				"请填写所查验证件（如户口簿）的编号");
		AidApplication application = open(applicationNo, clerk);
		AidNameCheckMapper.Check check = flagged(application, memberId);
		if (checks.resolve(memberId, application.id(), Resolution.CONFIRMED_BY_DOCUMENT.name(), reason, document,
				clerk.username(), application.competentStreetCode(), clock.instant()) == 0) {
			throw notFlagged();
		}
		audit.record(
				new AuditRecord(clerk.username(), Role.CLERK.name(), application.competentStreetCode(), applicationNo,
						"AID_MEMBER_NAME_CONFIRMED", "核实家庭成员姓名（" + PersonalDataMasking.maskName(check.name())
								+ "）与证件一致，人口库核验结果：" + label(Result.valueOf(check.result())) + "；证件编号 " + document,
						reason));
		return view(applicationNo, clerk);
	}

	static String label(Result result) {
		return switch (result) {
			case CONFIRMED -> "一致";
			case MISMATCH -> "姓名与人口库不符";
			case NOT_FOUND -> "人口库未查到该身份证号";
			case NOT_CHECKED -> "人口库暂不可用，未核验";
		};
	}

	private Result ask(String idNumber, String name, String key) {
		try {
			return Result.valueOf(population.confirmName(idNumber, name, key).name());
		}
		catch (RegistryException ex) {
			log.warn("name check of {} failed: {}", Masking.idNumber(idNumber), ex.getMessage());
			return Result.NOT_CHECKED;
		}
	}

	/** A fresh key per re-run: the registry must answer again, not replay. */
	private String key(String applicationNo, long memberId) {
		return applicationNo + ":NameRecheck:" + memberId + ":" + UUID.randomUUID();
	}

	/**
	 * The application, for its competent street's clerk, while it is not accepted yet.
	 */
	private AidApplication open(String applicationNo, StaffUser clerk) {
		AidApplication application = visible(applicationNo, clerk);
		if (!clerk.covers(BusinessLine.AID, Role.CLERK, application.competentStreetCode())) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有属地街道的受理人员可以处理姓名核验");
		}
		if (application.status() != ApplicationStatus.SUBMITTED
				&& application.status() != ApplicationStatus.AWAITING_SUPPLEMENT) {
			throw ApiException.conflict("APPLICATION_STATE", "申请已受理或已办结，不能再处理姓名核验");
		}
		return application;
	}

	/** As {@link AidApplicationService#visible}: 404 outside the reader's scope. */
	private AidApplication visible(String applicationNo, StaffUser user) {
		AidApplication application = aid.findByNo(applicationNo);
		if (application == null || !(user.canSee(BusinessLine.AID, application.competentStreetCode())
				|| user.canSee(BusinessLine.AID, application.intakeStreetCode()))) {
			throw ApiException.notFound("APPLICATION_NOT_FOUND", "申请不存在或无权查看");
		}
		return application;
	}

	private AidNameCheckMapper.Check flagged(AidApplication application, long memberId) {
		AidNameCheckMapper.Check check = checks.checks(application.id())
			.stream()
			.filter(c -> c.memberId() == memberId)
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("MEMBER_NOT_FOUND", "该申请没有这名家庭成员"));
		if (!check.flagged()) {
			throw notFlagged();
		}
		return check;
	}

	private static ApiException notFlagged() {
		return ApiException.conflict("NAME_NOT_FLAGGED", "该成员的姓名已核验一致或已处理");
	}

	private static ApiException unavailable() {
		return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "REGISTRY_UNAVAILABLE", "人口库暂时无法访问，请稍后再试，未作更改");
	}

	private static String name(String value) {
		if (value == null || value.isBlank()) {
			throw ApiException.badRequest("NAME_REQUIRED", "name", "请填写更正后的姓名");
		}
		String name = value.strip();
		if (name.codePointCount(0, name.length()) > MAX_NAME) {
			throw ApiException.badRequest("NAME_TOO_LONG", "name", "姓名不得超过 {0} 个字", MAX_NAME);
		}
		if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.isDigit(c))) {
			throw ApiException.badRequest("NAME_INVALID", "name", "姓名含有不允许的字符");
		}
		return name;
	}

	private static String text(String value, String field, int max, String missing) {
		if (value == null || value.isBlank()) {
			throw ApiException.badRequest("FIELD_REQUIRED", field, missing);
		}
		String text = value.strip();
		if (text.length() > max) {
			throw ApiException.badRequest("FIELD_TOO_LONG", field, "不得超过 {0} 个字", max);
		}
		return text;
	}

}
