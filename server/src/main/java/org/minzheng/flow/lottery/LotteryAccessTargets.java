package org.minzheng.flow.lottery;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.security.AccessTargets;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Where the waitlist's records live for the permission check. An area, an outlet and an
 * application (as staff see it) live at the area's district: the district lottery office,
 * and the city above it. An applicant's own application and offers belong to that
 * applicant's account alone: every applicant of a district holds PARTY at the same unit
 * ({@code LT-AP-<district>}), so a unit would let one applicant reach another's offer;
 * these targets name the account instead.
 */
@Component
class LotteryAccessTargets implements AccessTargets {

	static final String AREA = "lottery-area";

	static final String OUTLET = "lottery-outlet";

	static final String APPLICATION = "lottery-application";

	static final String MY_APPLICATION = "lottery-my-application";

	static final String MY_OFFER = "lottery-my-offer";

	private final LotteryMapper lottery;

	private final QueueMapper queue;

	LotteryAccessTargets(LotteryMapper lottery, QueueMapper queue) {
		this.lottery = lottery;
		this.queue = queue;
	}

	@Override
	public List<Kind> kinds() {
		return List.of(kind(AREA, "AREA_NOT_FOUND", "片区不存在或无权查看"), kind(OUTLET, "OUTLET_NOT_FOUND", "销售场所不存在或无权查看"),
				kind(APPLICATION, "APPLICATION_NOT_FOUND", "申请不存在或无权查看"),
				kind(MY_APPLICATION, "APPLICATION_NOT_FOUND", "申请不存在"), kind(MY_OFFER, "OFFER_NOT_FOUND", "名额通知不存在"));
	}

	private Kind kind(String name, String notFoundCode, String notFoundMessage) {
		return new Kind(name, id -> find(name, id), notFoundCode, notFoundMessage);
	}

	private Optional<Target> find(String kind, String id) {
		return switch (kind) {
			case AREA -> district(id);
			case OUTLET -> Optional.ofNullable(lottery.outletByNo(id)).flatMap(o -> district(o.areaCode()));
			case APPLICATION -> Optional.ofNullable(lottery.applicationByNo(id))
				.map(a -> Target.at(BusinessLine.LOTTERY, a.districtCode()));
			case MY_APPLICATION ->
				Optional.ofNullable(lottery.applicationByNo(id)).map(a -> applicantOwn(a.applicantUsername()));
			case MY_OFFER -> Optional.ofNullable(queue.offerByNo(id))
				.map(o -> lottery.application(queue.entry(o.entryId()).applicationId()))
				.map(a -> applicantOwn(a.applicantUsername()));
			default -> Optional.empty();
		};
	}

	private Optional<Target> district(String areaCode) {
		return Optional.ofNullable(queue.area(areaCode)).map(a -> Target.at(BusinessLine.LOTTERY, a.districtCode()));
	}

	/**
	 * Reached by the applicant's own account only (no unit, no group: just the one user).
	 */
	private static Target applicantOwn(String username) {
		return new Target(BusinessLine.LOTTERY, Set.of(), Set.of(), username);
	}

}
