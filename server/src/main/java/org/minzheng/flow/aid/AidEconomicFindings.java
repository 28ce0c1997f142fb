package org.minzheng.flow.aid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minzheng.flow.aid.amount.BenefitRates;
import org.minzheng.flow.aid.amount.RateKind;
import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.integration.economic.EconomicCheckResult;
import org.minzheng.flow.integration.economic.MemberFinding;
import org.minzheng.flow.processes.aid.AidApplicationProcess.EconomicReviewDecision;
import org.minzheng.flow.registry.RegistryInbox;
import org.minzheng.flow.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the economic check found, item by item against its limit, and the street
 * reviewer's 拟不予 review of findings over the limit (confirmed, or corrected with a
 * reason). Kept in our tables; the process carries the outcome code only.
 *
 * <p>
 * Limits: the household's average monthly income per head against the 低保 standard in
 * force on the day of the answer (for 特困 as for 低保: below the local 低保 standard); no
 * registered motor vehicle; at most one registered dwelling; no company shares. The
 * average is rounded down to the fen.
 */
@Service
class AidEconomicFindings implements RegistryInbox.EconomicCheckFindings {

	static final String INCOME_PER_HEAD = "INCOME_PER_HEAD";

	static final String VEHICLES = "VEHICLES";

	static final String PROPERTIES = "PROPERTIES";

	static final String COMPANY_SHARES = "COMPANY_SHARES";

	static final long VEHICLES_LIMIT = 0;

	static final long PROPERTIES_LIMIT = 1;

	static final long COMPANY_SHARES_LIMIT = 0;

	private final AidMapper aid;

	private final AidEconomicMapper economic;

	private final AuditTrail audit;

	private final Clock clock;

	private final BenefitRates rates;

	AidEconomicFindings(AidMapper aid, AidEconomicMapper economic, AuditTrail audit, Clock clock, BenefitRates rates) {
		this.rates = rates;
		this.aid = aid;
		this.economic = economic;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Keeps the first answer of a case with its findings.
	 * @return false when the case already has an answer (a late answer to an earlier
	 * attempt, or the same answer twice): it is then ignored
	 */
	@Override
	@Transactional
	public boolean answered(EconomicCheckResult result) {
		AidApplication application = aid.findByNo(result.applicationNo());
		if (application == null) {
			return true;
		}
		if (economic.keepAnswer(application.id(), result.requestId(), result.outcome().name(), clock.instant()) == 0) {
			return false;
		}
		List<AidEconomicMapper.Finding> findings = compare(result.memberFindings(),
				rates.figureOn(RateKind.DIBAO_STANDARD, LocalDate.now(clock)));
		findings.forEach(f -> economic.insertFinding(application.id(), f));
		return true;
	}

	static List<AidEconomicMapper.Finding> compare(List<MemberFinding> members, Long incomeLimitPerHead) {
		List<AidEconomicMapper.Finding> findings = new ArrayList<>();
		if (members.isEmpty()) {
			return findings;
		}
		long income = members.stream().mapToLong(MemberFinding::monthlyIncomeFen).sum() / members.size();
		long incomeLimit = incomeLimitPerHead == null ? 0 : incomeLimitPerHead;
		findings.add(new AidEconomicMapper.Finding(INCOME_PER_HEAD, income, incomeLimit, income >= incomeLimit));
		long vehicles = members.stream().mapToLong(MemberFinding::vehicleCount).sum();
		findings.add(new AidEconomicMapper.Finding(VEHICLES, vehicles, VEHICLES_LIMIT, vehicles > VEHICLES_LIMIT));
		long properties = members.stream().mapToLong(MemberFinding::realEstateCount).sum();
		findings.add(
				new AidEconomicMapper.Finding(PROPERTIES, properties, PROPERTIES_LIMIT, properties > PROPERTIES_LIMIT));
		long shares = members.stream().filter(MemberFinding::companyShareholder).count();
		findings.add(new AidEconomicMapper.Finding(COMPANY_SHARES, shares, COMPANY_SHARES_LIMIT,
				shares > COMPANY_SHARES_LIMIT));
		return findings;
	}

	@Transactional(readOnly = true)
	public List<AidEconomicMapper.Finding> findings(long applicationId) {
		return economic.findings(applicationId);
	}

	@Transactional(readOnly = true)
	public List<AidEconomicMapper.Review> reviews(long applicationId) {
		return economic.reviews(applicationId);
	}

	/**
	 * The reviewer's decision on findings over the limit, stored and audited (in the
	 * task's transaction).
	 */
	@Transactional
	public void reviewed(AidApplication application, EconomicReviewDecision decision, String reason, String username,
			String orgUnitCode) {
		economic.insertReview(application.id(),
				new AidEconomicMapper.Review(decision.name(), reason, username, orgUnitCode, clock.instant()));
		String summary = decision == EconomicReviewDecision.CONFIRM ? "确认家庭经济状况核对超出救助条件，拟不予批准，报审批机关决定"
				: "核对结果有误，已更正，继续入户调查";
		audit.record(new AuditRecord(username, Role.REVIEWER.name(), orgUnitCode, application.applicationNo(),
				decision == EconomicReviewDecision.CONFIRM ? "AID_ECONOMIC_FINDINGS_CONFIRMED"
						: "AID_ECONOMIC_FINDINGS_CORRECTED",
				summary, reason));
	}

	static String label(String item) {
		return switch (item) {
			case INCOME_PER_HEAD -> "家庭月人均收入（元）";
			case VEHICLES -> "机动车（辆）";
			case PROPERTIES -> "房产（套）";
			case COMPANY_SHARES -> "持有企业股权（人）";
			default -> item;
		};
	}

	static String value(String item, long value) {
		return INCOME_PER_HEAD.equals(item) ? org.minzheng.flow.cases.CaseFacts.yuan(value) : String.valueOf(value);
	}

}
