package org.minzheng.flow.lottery;

import java.time.Instant;
import java.util.List;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an applicant does for themselves, signed in with the account the district office
 * created at registration (PARTY at {@code LT-AP-<district>}): see their applications and
 * queue positions, accept or decline an offer, withdraw. Every lookup goes through the
 * application's own account, so an applicant can reach nothing but their own (others'
 * offers are 404).
 */
@Service
public class ApplicantActions {

	private final LotteryMapper lottery;

	private final QueueMapper queue;

	private final LotteryQueue queueOps;

	private final AuditTrail audit;

	ApplicantActions(LotteryMapper lottery, QueueMapper queue, LotteryQueue queueOps, AuditTrail audit) {
		this.lottery = lottery;
		this.queue = queue;
		this.queueOps = queueOps;
		this.audit = audit;
	}

	public record MyApplication(String applicationNo, String status, String areaCode, String areaName, Integer position,
			int waiting, int passes, int maxDeclines, String ineligibleReasons, MyOffer offer) {
	}

	public record MyOffer(String offerNo, String openingNo, Instant offeredAt, Instant answerDeadline, String status) {
	}

	@Transactional(readOnly = true)
	public List<MyApplication> mine(StaffUser applicant) {
		return lottery.applicationsOf(applicant.username()).stream().map(this::view).toList();
	}

	@Transactional
	public void accept(String offerNo, StaffUser applicant) {
		QueueRows.Offer offer = ownOffer(offerNo, applicant);
		record(applicant, offer, "LOTTERY_OFFER_ACCEPTED", "申请人接受名额通知 " + offerNo);
		queueOps.accept(offer, applicant.username());
	}

	@Transactional
	public void decline(String offerNo, StaffUser applicant) {
		QueueRows.Offer offer = ownOffer(offerNo, applicant);
		record(applicant, offer, "LOTTERY_OFFER_DECLINED", "申请人放弃名额通知 " + offerNo);
		queueOps.decline(offer, applicant.username());
	}

	@Transactional
	public void withdraw(String applicationNo, StaffUser applicant) {
		LotteryApplication application = lottery.applicationByNo(applicationNo);
		if (application == null || !applicant.username().equals(application.applicantUsername())) {
			throw ApiException.notFound("APPLICATION_NOT_FOUND", "申请不存在");
		}
		audit.record(new AuditRecord(applicant.username(), Role.PARTY.name(),
				LotteryApplications.applicantUnit(application.districtCode()), applicationNo,
				"LOTTERY_APPLICATION_WITHDRAWN", "申请人撤回轮候申请", null));
		queueOps.withdraw(application.id(), applicant.username());
	}

	private QueueRows.Offer ownOffer(String offerNo, StaffUser applicant) {
		QueueRows.Offer offer = queue.offerByNo(offerNo);
		if (offer == null || !applicant.holds(BusinessLine.LOTTERY, Role.PARTY) || !applicant.username()
			.equals(lottery.application(queue.entry(offer.entryId()).applicationId()).applicantUsername())) {
			throw ApiException.notFound("OFFER_NOT_FOUND", "名额通知不存在");
		}
		return offer;
	}

	private void record(StaffUser applicant, QueueRows.Offer offer, String action, String summary) {
		String district = queue.area(offer.areaCode()).districtCode();
		audit.record(new AuditRecord(applicant.username(), Role.PARTY.name(),
				LotteryApplications.applicantUnit(district), offer.offerNo(), action, summary, null));
	}

	private MyApplication view(LotteryApplication application) {
		LotteryArea area = queue.area(application.areaCode());
		QueueRows.Entry entry = queue.entryOfApplication(application.id());
		List<QueueRows.Entry> waiting = queue.waiting(application.areaCode());
		Integer position = null;
		MyOffer offer = null;
		int passes = 0;
		if (entry != null) {
			passes = entry.passes();
			for (int i = 0; i < waiting.size(); i++) {
				if (waiting.get(i).id() == entry.id()) {
					position = i + 1;
				}
			}
			QueueRows.Offer live = queue.liveOfferOf(entry.id());
			if (live != null) {
				offer = new MyOffer(live.offerNo(), queue.opening(live.openingId()).openingNo(), live.offeredAt(),
						live.answerDeadline(), live.status());
			}
		}
		return new MyApplication(application.applicationNo(), application.status().name(), area.code(), area.name(),
				position, waiting.size(), passes, area.maxDeclines(), application.ineligibleReasons(), offer);
	}

}
