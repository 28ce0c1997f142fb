package org.minzheng.flow.socialorg.spotcheck;

import java.time.Clock;
import java.time.LocalDate;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.socialorg.Organisation;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.minzheng.flow.socialorg.credit.CreditLists;
import org.minzheng.flow.socialorg.credit.CreditReason;
import org.minzheng.flow.socialorg.registration.RegistrationMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the spot-check process's service tasks and end events do: the rectification order,
 * the listing of the uncorrected, the published result.
 */
@Service
public class SpotCheckActions {

	private final SpotCheckMapper spotChecks;

	private final OrganisationMapper organisations;

	private final RegistrationMapper registrations;

	private final CreditLists credit;

	private final org.minzheng.flow.socialorg.credit.CreditListings listings;

	private final AuditTrail audit;

	private final Clock clock;

	SpotCheckActions(SpotCheckMapper spotChecks, OrganisationMapper organisations, RegistrationMapper registrations,
			CreditLists credit, AuditTrail audit, Clock clock,
			org.minzheng.flow.socialorg.credit.CreditListings listings) {
		this.listings = listings;
		this.spotChecks = spotChecks;
		this.organisations = organisations;
		this.registrations = registrations;
		this.credit = credit;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void orderRectification(long itemId, LocalDate due) {
		SpotCheckItem item = spotChecks.findItem(itemId);
		spotChecks.orderRectification(itemId, due);
		Organisation organisation = organisations.find(item.organisationId());
		audit.recordSystem(organisation.registrarCode(), item.itemNo(), "SOCIALORG_RECTIFICATION_ORDERED",
				"责令限期整改，期限 " + due, item.findings());
	}

	@Transactional
	public void listNotRectified(long itemId) {
		SpotCheckItem item = spotChecks.findItem(itemId);
		listings.open(item.organisationId(), CreditReason.UNCORRECTED_FINDINGS,
				"抽查发现问题逾期未整改：" + (item.findings() == null ? "" : item.findings()), item.itemNo());
	}

	/** Publishes the result (双随机一公开) when the case ends. */
	@Transactional
	public void publish(long itemId, String result) {
		SpotCheckItem item = spotChecks.findItem(itemId);
		if (spotChecks.publishResult(itemId, result, clock.instant()) == 0) {
			return;
		}
		Organisation organisation = organisations.find(item.organisationId());
		String label = switch (result) {
			case "NO_FINDINGS" -> "未发现问题";
			case "RECTIFIED" -> "发现问题，已整改到位";
			default -> "发现问题，未按期整改";
		};
		registrations.insertAnnouncement("SPOT_CHECK", organisation.id(), organisation.registrarCode(), item.itemNo(),
				"抽查结果：" + organisation.name() + "，" + label, clock.instant());
		audit.recordSystem(organisation.registrarCode(), item.itemNo(), "SOCIALORG_SPOT_CHECK_PUBLISHED",
				"抽查结果公开：" + label, null);
	}

}
