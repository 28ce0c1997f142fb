package org.minzheng.flow.lottery;

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
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Lottery cases: an outlet application (eligibility, review, the waitlist), an offer of a
 * freed place, an outlet's yearly review. Each belongs to the district of its area.
 */
@Component
class LotteryCaseFeature implements CaseFeature {

	private static final List<CaseKind> KINDS = List.of(new CaseKind("LT_APPLICATION", "LT-", null),
			new CaseKind("LT_OFFER", "LTO-", null), new CaseKind("LT_OUTLET_REVIEW", "LTR-", null));

	private final LotteryMapper lottery;

	private final QueueMapper queue;

	private final LotteryCaseNumbers numbers;

	private final OrgDirectory orgs;

	LotteryCaseFeature(LotteryMapper lottery, QueueMapper queue, LotteryCaseNumbers numbers, OrgDirectory orgs) {
		this.lottery = lottery;
		this.queue = queue;
		this.numbers = numbers;
		this.orgs = orgs;
	}

	@Override
	public BusinessLine line() {
		return BusinessLine.LOTTERY;
	}

	@Override
	public List<CaseKind> kinds() {
		return KINDS;
	}

	@Override
	public Optional<CaseFile> find(String caseNo) {
		if (caseNo.startsWith("LTO-")) {
			return Optional.ofNullable(queue.offerByNo(caseNo)).map(this::offer);
		}
		if (caseNo.startsWith("LTR-")) {
			return Optional.ofNullable(numbers.review(caseNo)).map(this::review);
		}
		if (caseNo.startsWith("LT-")) {
			return Optional.ofNullable(lottery.applicationByNo(caseNo)).map(this::application);
		}
		return Optional.empty();
	}

	private CaseFile application(LotteryApplication a) {
		String status = String.valueOf(a.status());
		boolean person = "PERSON".equals(String.valueOf(a.applicantKind()));
		CaseEntry entry = new CaseEntry(a.applicationNo(), "LT_APPLICATION", "投注站申请 " + area(a.areaCode()),
				a.applicantName(), org.minzheng.flow.shared.SealedText.valueOf(a.applicantKey()), person,
				a.districtCode(), a.districtCode(), null, status, CaseOutcome.of(status, a.closedAt() != null),
				a.processInstanceId(), a.submittedBy(), a.submittedAt(), a.closedAt());
		List<Fact> facts = List.of(Fact.of("片区", area(a.areaCode())),
				person ? Fact.personal("申请人", a.applicantName()) : Fact.of("申请人", a.applicantName()),
				person ? Fact.personal("身份证号码", org.minzheng.flow.shared.SealedText.valueOf(a.applicantKey()))
						: Fact.of("统一社会信用代码", org.minzheng.flow.shared.SealedText.valueOf(a.applicantKey())),
				Fact.personal("联系电话", a.mobile()), Fact.of("拟设地址", a.siteAddress()), Fact.of("面积（平方米）", a.siteAreaM2()),
				Fact.of("租约到期", a.leaseUntil()), Fact.of("最近投注站距离（米）", a.nearestOutletM()),
				Fact.of("不符合条件事项", a.ineligibleReasons()));
		List<Fact> result = List.of(Fact.of("审核意见", a.reviewOpinion()), Fact.of("代销合同号", a.contractNo()),
				Fact.of("终端号", a.terminalNo()), Fact.of("代销证号", a.certificateNo()));
		return new CaseFile(entry, List.of(new CaseFile.Section("申请", facts), new CaseFile.Section("结果", result)));
	}

	private CaseFile offer(QueueRows.Offer o) {
		QueueRows.Entry queued = queue.entry(o.entryId());
		LotteryApplication a = lottery.application(queued.applicationId());
		String status = String.valueOf(o.status());
		boolean closed = o.answeredAt() != null || !"OFFERED".equals(status);
		boolean person = "PERSON".equals(String.valueOf(a.applicantKind()));
		CaseEntry entry = new CaseEntry(o.offerNo(), "LT_OFFER", "轮候名额 " + area(o.areaCode()), a.applicantName(),
				org.minzheng.flow.shared.SealedText.valueOf(a.applicantKey()), person, a.districtCode(),
				a.districtCode(), null, status, CaseOutcome.of(status, closed), o.processInstanceId(), null,
				o.offeredAt(), closed ? o.answeredAt() : null);
		List<Fact> facts = List.of(Fact.of("片区", area(o.areaCode())), Fact.of("申请编号", a.applicationNo()),
				person ? Fact.personal("申请人", a.applicantName()) : Fact.of("申请人", a.applicantName()),
				Fact.of("发出时间", CaseFacts.time(o.offeredAt())), Fact.of("答复期限", CaseFacts.time(o.answerDeadline())),
				Fact.of("答复时间", CaseFacts.time(o.answeredAt())));
		return new CaseFile(entry, List.of(new CaseFile.Section("名额", facts)));
	}

	private CaseFile review(LotteryCaseNumbers.Review r) {
		LotteryOutlet outlet = lottery.outlet(r.outletId());
		String district = queue.area(outlet.areaCode()).districtCode();
		String status = r.outcome() != null ? r.outcome() : r.status();
		CaseEntry entry = new CaseEntry(r.reviewNo(), "LT_OUTLET_REVIEW", r.reviewYear() + "年度审核 " + outlet.name(),
				outlet.name(), null, false, district, district, null, status,
				CaseOutcome.of(status, r.closedAt() != null), r.processInstanceId(), r.startedBy(), r.startedAt(),
				r.closedAt());
		List<Fact> facts = List.of(Fact.of("投注站", outlet.outletNo() + " " + outlet.name()),
				Fact.of("地址", outlet.address()), Fact.of("审核年度", r.reviewYear()), Fact.of("审核结果", r.outcome()));
		return new CaseFile(entry, List.of(new CaseFile.Section("年度审核", facts)));
	}

	private String area(String areaCode) {
		LotteryArea area = queue.area(areaCode);
		return area == null ? areaCode : area.name();
	}

	@Override
	public List<String> caseNumbers(String after, int limit) {
		return numbers.after(after, limit);
	}

	@Override
	public long caseCount() {
		return numbers.count();
	}

}
