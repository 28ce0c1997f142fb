package org.minzheng.flow.lottery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.minzheng.flow.shared.queue.QueueNumbers;
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
			List<Place> queue, List<Left> left, List<OfferView> offers, List<OpeningView> openings,
			List<OutletView> outlets) {
	}

	/** A waiting applicant at their position (1 = head of the queue). */
	public record Place(int position, String applicationNo, String applicantName, String eligibleAt, int passes,
			String liveOfferNo) {
	}

	/** An applicant who left the queue, and the recorded reason. */
	public record Left(String applicationNo, String applicantName, String status, String reason, Instant leftAt) {
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
		List<QueueRows.Entry> entries = queue.entries(areaCode);
		Map<Long, QueueRows.Entry> entriesById = entries.stream()
			.collect(Collectors.toMap(QueueRows.Entry::id, Function.identity()));
		Function<QueueRows.Entry, String> number = e -> masked ? maskNumber(e.applicationNo()) : e.applicationNo();
		Function<QueueRows.Entry, String> name = e -> {
			String full = applications.get(e.applicationId()).applicantName();
			return masked ? PersonalDataMasking.maskName(full) : full;
		};
		List<QueueRows.Offer> offers = queue.offers(areaCode);
		Map<Long, String> liveOfferOfEntry = new HashMap<>();
		offers.stream()
			.filter(o -> o.liveEntryId() != null)
			.forEach(o -> liveOfferOfEntry.put(o.entryId(), o.offerNo()));
		List<Place> places = new ArrayList<>();
		List<Left> left = new ArrayList<>();
		for (QueueRows.Entry entry : entries) {
			if ("WAITING".equals(entry.status())) {
				places.add(new Place(places.size() + 1, number.apply(entry), name.apply(entry),
						LotteryQueue.KEY_FORMAT.format(entry.eligibleAt()), entry.passes(),
						liveOfferOfEntry.get(entry.id())));
			}
			else {
				left.add(new Left(number.apply(entry), name.apply(entry), entry.status(), entry.leftReason(),
						entry.leftAt()));
			}
		}
		List<QueueRows.Opening> openings = queue.openings(areaCode);
		Map<Long, String> openingNos = openings.stream()
			.collect(Collectors.toMap(QueueRows.Opening::id, QueueRows.Opening::openingNo));
		List<OfferView> offerViews = offers.stream()
			.map(o -> new OfferView(o.offerNo(), openingNos.get(o.openingId()),
					number.apply(entriesById.get(o.entryId())), name.apply(entriesById.get(o.entryId())), o.offeredAt(),
					o.answerDeadline(), o.status(), o.answeredAt()))
			.toList();
		return new QueueView(area.code(), area.name(), orgs.nameOf(area.districtCode()), area.plannedOutlets(),
				area.minDistanceM(), area.answerWorkingDays(), area.maxDeclines(), area.chainSeq(), area.chainHash(),
				places, left, offerViews,
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
