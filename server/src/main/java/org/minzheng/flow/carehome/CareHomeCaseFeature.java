package org.minzheng.flow.carehome;

import java.util.List;
import java.util.Optional;

import org.minzheng.flow.cases.CaseFacts;
import org.minzheng.flow.cases.CaseEntry;
import org.minzheng.flow.cases.CaseFeature;
import org.minzheng.flow.cases.CaseFile;
import org.minzheng.flow.cases.CaseFile.Fact;
import org.minzheng.flow.cases.CaseKind;
import org.minzheng.flow.cases.CaseOutcome;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Care-home waitlist cases ({@code YL-}): an elder's application with its assessment and
 * its place in the home's queue. Each lives at the street that registered it.
 */
@Component
class CareHomeCaseFeature implements CaseFeature {

	private static final List<CaseKind> KINDS = List.of(new CaseKind("YL_CARE_HOME_APPLICATION", "YL-", null));

	private final CareHomeMapper rows;

	CareHomeCaseFeature(CareHomeMapper rows) {
		this.rows = rows;
	}

	@Override
	public BusinessLine line() {
		return BusinessLine.ELDERLY;
	}

	@Override
	public List<CaseKind> kinds() {
		return KINDS;
	}

	@Override
	public Optional<CaseFile> find(String caseNo) {
		if (!caseNo.startsWith("YL-")) {
			return Optional.empty();
		}
		return Optional.ofNullable(rows.applicationByNo(caseNo)).map(this::application);
	}

	private CaseFile application(CareHomeApplication a) {
		CareHome home = rows.home(a.homeCode());
		PriorityTier tier = rows.tier(a.tierCode());
		String status = String.valueOf(a.status());
		CaseEntry entry = new CaseEntry(a.applicationNo(), "YL_CARE_HOME_APPLICATION", "公办养老机构轮候入住 " + home.name(),
				a.applicantName(), a.idNumberMasked(), true, a.districtCode(), a.unitCode(), home.districtCode(),
				status, CaseOutcome.of(status, a.closedAt() != null), null, a.submittedBy(), a.submittedAt(),
				a.closedAt());
		List<Fact> facts = List.of(Fact.of("养老机构", home.name()), Fact.personal("申请人", a.applicantName()),
				Fact.personal("身份证号码", a.idNumberMasked()), Fact.of("出生日期", a.birthDate()),
				Fact.of("轮候类别", tier == null ? a.tierCode() : tier.nameZh()));
		List<Fact> assessment = List.of(Fact.of("照护等级", a.careLevel()), Fact.of("评估意见", a.assessmentOpinion()),
				Fact.of("评估人", a.assessedBy()), Fact.of("评估时间", CaseFacts.time(a.assessedAt())));
		return new CaseFile(entry, List.of(new CaseFile.Section("申请", facts), new CaseFile.Section("评估", assessment)));
	}

	@Override
	public List<String> caseNumbers(String after, int limit) {
		return rows.applicationNumbers(after, limit);
	}

	@Override
	public long caseCount() {
		return rows.applicationCount();
	}

}
