package org.minzheng.flow.lottery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.queue.QueueNumbers;
import org.minzheng.flow.shared.queue.WaitlistListing;
import org.minzheng.flow.shared.queue.WaitlistRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an area's queue looks like: positions, offers and their outcomes, openings,
 * outlets, and who left by which rule. Masked (names and application numbers) for the
 * public page, in full for staff in scope.
 */
@Component
public class QueueViews {

	private final QueueMapper queue;

	private final LotteryMapper lottery;

	private final OrgDirectory orgs;

	QueueViews(QueueMapper queue, LotteryMapper lottery, OrgDirectory orgs) {
		this.queue = queue;
		this.lottery = lottery;
		this.orgs = orgs;
	}

	public record AreaSummary(String code, String name, String districtCode, String districtName, int plannedOutlets,
			long waiting) {
	}

	public record QueueView(String areaCode, String areaName, String districtName, int plannedOutlets,
			int minDistanceMetres, int answerWorkingDays, int maxDeclines, long chainSeq, String chainHash,
			List<Place> queue, List<WaitlistListing.Left> left, List<OfferView> offers, List<OpeningView> openings,
			List<OutletView> outlets) {
	}

	/** A waiting applicant at their position (1 = head of the queue). */
	public record Place(int position, String applicationNo, String applicantName, String eligibleAt, int passes,
			String liveOfferNo) {
	}

	public record OfferView(String offerNo, String openingNo, String applicationNo, String applicantName,
			Instant offeredAt, Instant answerDeadline, String status, Instant answeredAt) {
	}

	public record OpeningView(String openingNo, String kind, String status, Instant releasedAt) {
	}

	public record OutletView(String outletNo, String name, String address, double latitude, double longitude,
			String status) {
	}

	/** Every area with its waiting count, for the public index. */
	@Transactional(readOnly = true)
	public List<AreaSummary> areas() {
		return queue.areas()
			.stream()
			.map(a -> new AreaSummary(a.code(), a.name(), a.districtCode(), orgs.nameOf(a.districtCode()),
					a.plannedOutlets(), queue.waiting(a.code()).size()))
			.toList();
	}

	/**
	 * The queue of an area.
	 * @param masked whether names and application numbers are masked (public view)
	 */
	@Transactional(readOnly = true)
	public QueueView of(String areaCode, boolean masked) {
		LotteryArea area = queue.area(areaCode);
		if (area == null) {
			throw ApiException.notFound("AREA_NOT_FOUND", "片区不存在");
		}
		Map<Long, LotteryApplication> applications = lottery.queuedApplications(areaCode)
			.stream()
			.collect(Collectors.toMap(LotteryApplication::id, Function.identity()));
		List<QueueRows.Opening> openings = queue.openings(areaCode);
		WaitlistListing<Place, OfferView> listing = WaitlistListing.of(
				new WaitlistRows.Stored<>(queue.entries(areaCode), openings, queue.offers(areaCode)),
				e -> applications.get(e.applicationId()).applicantName(), masked,
				(position, e, number, name, liveOfferNo) -> new Place(position, number, name,
						LotteryQueue.KEY_FORMAT.format(e.eligibleAt()), e.passes(), liveOfferNo),
				(o, openingNo, number, name) -> new OfferView(o.offerNo(), openingNo, number, name, o.offeredAt(),
						o.answerDeadline(), o.status(), o.answeredAt()));
		return new QueueView(area.code(), area.name(), orgs.nameOf(area.districtCode()), area.plannedOutlets(),
				area.minDistanceM(), area.answerWorkingDays(), area.maxDeclines(), area.chainSeq(), area.chainHash(),
				listing.places(), listing.left(), listing.offers(),
				openings.stream()
					.map(o -> new OpeningView(o.openingNo(), o.kind(), o.status(), o.releasedAt()))
					.toList(),
				lottery.outlets(areaCode)
					.stream()
					.map(o -> new OutletView(o.outletNo(), o.name(), masked ? null : o.address(),
							o.latitude().doubleValue(), o.longitude().doubleValue(), o.status().name()))
					.toList());
	}

	/**
	 * The area's event log, masked for the public, for anyone who wants to recompute it.
	 */
	@Transactional(readOnly = true)
	public List<QueueEvent> events(String areaCode, long afterSeq, int limit, boolean masked) {
		if (queue.area(areaCode) == null) {
			throw ApiException.notFound("AREA_NOT_FOUND", "片区不存在");
		}
		return queue.events(areaCode, afterSeq, limit)
			.stream()
			.map(e -> masked ? new QueueEvent(e.id(), e.areaCode(), e.seq(), e.occurredAt(), e.eventType(),
					maskNumber(e.applicationNo()), e.openingNo(), e.offerNo(), e.detail(), actorKind(e), e.prevHash(),
					e.hash()) : e)
			.toList();
	}

	/**
	 * Who acted, without naming them: {@code system}, {@code applicant} (their account is
	 * created with the application) or {@code staff}.
	 */
	private static String actorKind(QueueEvent event) {
		if (LotteryQueue.SYSTEM.equals(event.actor())) {
			return LotteryQueue.SYSTEM;
		}
		// applicants' accounts are lt- and 10 random characters (before, their
		// application number in lower case)
		boolean applicant = event.actor().matches("lt-[a-z2-9]{10}") || (event.applicationNo() != null
				&& event.actor().equals(event.applicationNo().toLowerCase(java.util.Locale.ROOT)));
		return applicant ? "applicant" : "staff";
	}

	/** A verification with the recomputed order masked, for the public. */
	static QueueVerification masked(QueueVerification verification) {
		return new QueueVerification(verification.areaCode(), verification.intact(), verification.eventsChecked(),
				verification.brokenAtSeq(), verification.problem(), verification.detail(), verification.headHash(),
				verification.recomputedOrder().stream().map(QueueViews::maskNumber).toList());
	}

	/** {@link QueueNumbers#mask}: the district and the last four digits stay. */
	static String maskNumber(String applicationNo) {
		return QueueNumbers.mask(applicationNo);
	}

}
