package org.minzheng.flow.carehome;

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
 * What a care home's queue looks like: positions with the tier, offers and their
 * outcomes, freed beds, and who left by which rule. Masked (names, application numbers)
 * for the public page, in full for staff in scope.
 */
@Component
public class CareQueueViews {

	private final CareHomeMapper rows;

	private final OrgDirectory orgs;

	CareQueueViews(CareHomeMapper rows, OrgDirectory orgs) {
		this.rows = rows;
		this.orgs = orgs;
	}

	public record HomeSummary(String code, String name, String nameEn, String districtCode, String districtName,
			int beds, long waiting, String source) {
	}

	public record TierView(String code, int rank, String nameZh, String nameEn, String source) {
	}

	public record QueueView(String homeCode, String name, String nameEn, String districtName, String address, int beds,
			int minCareLevel, int answerDays, int maxDeclines, String source, long chainSeq, String chainHash,
			List<TierView> tiers, List<Place> queue, List<WaitlistListing.Left> left, List<OfferView> offers,
			List<ReleaseView> releases) {
	}

	/** A waiting elder at their position (1 = head of the queue). */
	public record Place(int position, String applicationNo, String applicantName, String tierCode, String sortKey,
			int passes, String liveOfferNo) {
	}

	public record OfferView(String offerNo, String releaseNo, String applicationNo, String applicantName,
			Instant offeredAt, Instant answerDeadline, String status, Instant answeredAt) {
	}

	public record ReleaseView(String releaseNo, String bedLabel, String status, Instant releasedAt) {
	}

	/** An event of the log as the public reads it (no names; actor by kind). */
	public record EventView(long seq, String occurredAt, String eventType, String applicationNo, String releaseNo,
			String offerNo, String detail, String actor, String prevHash, String hash) {
	}

	@Transactional(readOnly = true)
	public List<HomeSummary> homes() {
		return rows.homes()
			.stream()
			.map(h -> new HomeSummary(h.code(), h.name(), h.nameEn(), h.districtCode(), orgs.nameOf(h.districtCode()),
					h.beds(), rows.waiting(h.code()).size(), h.source()))
			.toList();
	}

	/**
	 * The queue of a home.
	 * @param masked whether names and application numbers are masked (public view)
	 */
	@Transactional(readOnly = true)
	public QueueView of(String homeCode, boolean masked) {
		CareHome home = rows.home(homeCode);
		if (home == null) {
			throw ApiException.notFound("CARE_HOME_NOT_FOUND", "养老机构不存在或无权查看");
		}
		Map<Long, CareHomeApplication> applications = rows.applicationsOf(homeCode)
			.stream()
			.collect(Collectors.toMap(CareHomeApplication::id, Function.identity()));
		List<CareQueueRows.Release> releases = rows.releases(homeCode);
		WaitlistListing<Place, OfferView> listing = WaitlistListing.of(
				new WaitlistRows.Stored<>(rows.entries(homeCode), releases, rows.offers(homeCode)),
				e -> applications.get(e.applicationId()).applicantName(), masked,
				(position, e, number, name, liveOfferNo) -> new Place(position, number, name,
						applications.get(e.applicationId()).tierCode(), e.sortKey(), e.passes(), liveOfferNo),
				(o, releaseNo, number, name) -> new OfferView(o.offerNo(), releaseNo, number, name, o.offeredAt(),
						o.answerDeadline(), o.status(), o.answeredAt()));
		List<TierView> tiers = rows.tiers()
			.stream()
			.map(t -> new TierView(t.code(), t.tierRank(), t.nameZh(), t.nameEn(), t.source()))
			.toList();
		return new QueueView(home.code(), home.name(), home.nameEn(), orgs.nameOf(home.districtCode()), home.address(),
				home.beds(), home.minCareLevel(), home.answerDays(), home.maxDeclines(), home.source(), home.chainSeq(),
				home.chainHash(), tiers, listing.places(), listing.left(), listing.offers(),
				releases.stream()
					.map(r -> new ReleaseView(r.releaseNo(), r.bedLabel(), r.status(), r.releasedAt()))
					.toList());
	}

	/**
	 * The home's event log, masked for the public, for anyone who wants to recompute it.
	 */
	@Transactional(readOnly = true)
	public List<EventView> events(String homeCode, long afterSeq, int limit, boolean masked) {
		if (rows.home(homeCode) == null) {
			throw ApiException.notFound("CARE_HOME_NOT_FOUND", "养老机构不存在或无权查看");
		}
		return rows.events(homeCode, afterSeq, limit)
			.stream()
			.map(e -> new EventView(e.seq(), CareHomeQueue.KEY_TIME.format(e.occurredAt()), e.eventType(),
					masked ? QueueNumbers.mask(e.applicationNo()) : e.applicationNo(), e.releaseNo(), e.offerNo(),
					e.detail(), masked ? actorKind(e.actor()) : e.actor(), e.prevHash(), e.hash()))
			.toList();
	}

	/** Who acted, without naming them: {@code system} or {@code staff}. */
	private static String actorKind(String actor) {
		return CareHomeQueue.SYSTEM.equals(actor) ? CareHomeQueue.SYSTEM : "staff";
	}

}
