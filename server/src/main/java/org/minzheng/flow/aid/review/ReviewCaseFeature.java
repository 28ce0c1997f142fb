package org.minzheng.flow.aid.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minzheng.flow.cases.CaseEntry;
import org.minzheng.flow.cases.CaseFacts;
import org.minzheng.flow.cases.CaseFeature;
import org.minzheng.flow.cases.CaseFile;
import org.minzheng.flow.cases.CaseFile.Fact;
import org.minzheng.flow.cases.CaseKind;
import org.minzheng.flow.cases.CaseOutcome;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.aid.AidReviewProcess.Outcome;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Periodic reviews (动态复核) as cases of the aid line, at the beneficiary's street.
 */
@Component
class ReviewCaseFeature implements CaseFeature {

	static final String KIND = "AID_REVIEW";

	private static final List<CaseKind> KINDS = List.of(new CaseKind(KIND, "FC-", null));

	private final ReviewMapper reviews;

	private final OrgDirectory orgs;

	ReviewCaseFeature(ReviewMapper reviews, OrgDirectory orgs) {
		this.reviews = reviews;
		this.orgs = orgs;
	}

	@Override
	public BusinessLine line() {
		return BusinessLine.AID;
	}

	@Override
	public List<CaseKind> kinds() {
		return KINDS;
	}

	@Override
	public Optional<CaseEntry> entry(String caseNo) {
		return Optional.ofNullable(reviews.findByNo(caseNo)).map(this::entry);
	}

	private CaseEntry entry(Review r) {
		// the title names no person: lists show it to readers who see the party masked
		return new CaseEntry(r.reviewNo(), KIND, "动态复核 " + orgs.nameOf(r.streetCode()),
				reviews.applicantName(r.beneficiaryId()),
				org.minzheng.flow.shared.SealedText.valueOf(reviews.applicantIdNumber(r.beneficiaryId())), true,
				r.districtCode(), r.streetCode(), null, r.status().name(),
				r.closedAt() == null ? CaseOutcome.OPEN : CaseOutcome.CLOSED, r.processInstanceId(), null, r.openedAt(),
				r.closedAt());
	}

	@Override
	public Optional<CaseFile> find(String caseNo) {
		Review r = reviews.findByNo(caseNo);
		if (r == null) {
			return Optional.empty();
		}
		List<CaseFile.Section> sections = new ArrayList<>();
		List<Fact> review = new ArrayList<>();
		review.add(Fact.of("救助对象案件", reviews.applicationNo(r.beneficiaryId())));
		review.add(Fact.of("街道", orgs.nameOf(r.streetCode())));
		review.add(Fact.of("家庭类型", householdType(r.householdType())));
		review.add(Fact.of("复核到期日", r.dueDate()));
		review
			.add(Fact.of("核实家庭月收入（元）", r.householdIncomeFen() == null ? null : CaseFacts.yuan(r.householdIncomeFen())));
		review.add(Fact.of("家庭变化情况", r.householdChanges()));
		review
			.add(Fact.of("街道复核意见", r.proposal() == null ? null : ReviewTaskRules.label(Outcome.valueOf(r.proposal()))));
		review.add(Fact.of("审核意见", r.proposalNote()));
		sections.add(new CaseFile.Section("复核", review));
		List<Fact> decision = new ArrayList<>();
		decision.add(Fact.of("复核决定", r.outcome() == null ? null : ReviewTaskRules.label(Outcome.valueOf(r.outcome()))));
		decision.add(Fact.of("渐退月数", r.phaseOutMonths()));
		decision.add(Fact.of("决定机关", r.decidedOrgUnit() == null ? null : orgs.nameOf(r.decidedOrgUnit())));
		decision.add(Fact.of("受委托审批", r.entrustmentId() == null ? null : "是"));
		decision.add(Fact.of("决定时间", r.decidedAt() == null ? null : CaseFacts.time(r.decidedAt())));
		decision.add(Fact.of("审批意见", r.decisionNote()));
		decision.add(Fact.of("停发告知送达日期", r.noticeServedOn()));
		decision.add(Fact.of("最后发放月份", r.paymentEnd()));
		decision.add(Fact.of("下次复核日期", r.nextReviewDate()));
		sections.add(new CaseFile.Section("决定", decision));
		return Optional.of(new CaseFile(entry(r), sections));
	}

	@Override
	public List<String> caseNumbers(String after, int limit) {
		return reviews.numbersAfter(after, limit);
	}

	@Override
	public long caseCount() {
		return reviews.count();
	}

	private static String householdType(String type) {
		return switch (type) {
			case "WORKING_AGE" -> "有劳动能力成员的家庭（每 6 个月）";
			case "STABLE" -> "老年、重残、重病且收入稳定的家庭（每 12 个月）";
			case "TEKUN" -> "特困供养人员（每年）";
			default -> type;
		};
	}

}
