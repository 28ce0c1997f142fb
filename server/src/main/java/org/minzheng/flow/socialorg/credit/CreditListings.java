package org.minzheng.flow.socialorg.credit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.processes.socialorg.SocialOrgCreditListingProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.socialorg.Organisation;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.minzheng.flow.socialorg.SocialOrgScope;
import org.minzheng.flow.socialorg.registration.RegistrationMapper;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit listing cases: a listing ground opens a case instead of listing at once; the
 * reviewer proposes with the facts, the organisation is notified (a notice in the
 * registrar's announcements it can see) and may answer, the approver makes the written
 * listing decision; only then {@link CreditLists} moves the organisation, and the move is
 * pushed to the credit platform as every move is.
 */
@Service
public class CreditListings {

	private static final Logger log = LoggerFactory.getLogger(CreditListings.class);

	/** Prefix of listing case numbers. */
	public static final String PREFIX = "SO-CL-";

	private final CreditListingMapper listings;

	private final OrganisationMapper organisations;

	private final RegistrationMapper registrations;

	private final CreditLists credit;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final Clock clock;

	CreditListings(CreditListingMapper listings, OrganisationMapper organisations, RegistrationMapper registrations,
			CreditLists credit, Workflow workflow, AuditTrail audit, Clock clock) {
		this.listings = listings;
		this.organisations = organisations;
		this.registrations = registrations;
		this.credit = credit;
		this.workflow = workflow;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A listing ground arose: opens a listing case for a normal organisation (none when
	 * it is listed already or a case for it is open).
	 * @param triggerRef the case the ground arose in (annual report, spot check), or null
	 * @return the case number, or null when none was opened
	 */
	@Transactional
	public String open(long organisationId, CreditReason reason, String reasonText, String triggerRef) {
		Organisation organisation = organisations.find(organisationId);
		if (organisation.creditState() != CreditState.NORMAL || listings.countOpen(organisationId) > 0) {
			return null;
		}
		OrganisationMapper.Key key = new OrganisationMapper.Key();
		listings.insert(key, "NEW-" + java.util.UUID.randomUUID(), organisationId, organisation.registrarCode(), reason,
				reasonText, triggerRef, clock.instant());
		String no = PREFIX + "%s-%d-%06d".formatted(organisation.registrarCode(), Year.now(clock).getValue(), key.id);
		listings.number(key.id, no);
		audit.recordSystem(organisation.registrarCode(), no, "SOCIALORG_CREDIT_LISTING_OPENED",
				"拟列入活动异常名录立案：" + organisation.name(), reasonText);
		Map<String, Object> variables = new HashMap<>();
		variables.put(SocialOrgCreditListingProcess.VAR_LISTING_ID, key.id);
		variables.put(SocialOrgCreditListingProcess.VAR_REGISTRAR_CODE, organisation.registrarCode());
		listings.setProcess(key.id, workflow.start(SocialOrgCreditListingProcess.PROCESS_KEY, no, variables));
		log.info("[{}] listing case opened for organisation {} ({})", no, organisationId, reason);
		return no;
	}

	/** The reviewer's facts (审查意见). */
	@Transactional
	public void proposed(String listingNo, String facts) {
		listings.setFacts(listingNo(listingNo).id(), facts);
	}

	/**
	 * 告知: the notice of the proposed listing, published in the registrar's announcements
	 * where the organisation sees it, with its right to answer by {@code answerDue}.
	 */
	@Transactional
	public void notifyOrganisation(long listingId, LocalDate answerDue) {
		CreditListing listing = listings.find(listingId);
		Organisation organisation = organisations.find(listing.organisationId());
		if (listings.notified(listingId, LocalDate.now(clock), answerDue) == 0) {
			return;
		}
		registrations.insertAnnouncement("CREDIT_NOTICE", organisation.id(), organisation.registrarCode(),
				listing.listingNo(),
				"列入活动异常名录告知书：" + organisation.name() + "，拟因" + listing.reasonText() + "列入活动异常名录。事实和依据："
						+ (listing.facts() == null ? "" : listing.facts()) + "。你单位可于 " + answerDue
						+ " 前向登记管理机关提出陈述、申辩。",
				clock.instant());
		audit.recordSystem(organisation.registrarCode(), listing.listingNo(), "SOCIALORG_CREDIT_LISTING_NOTIFIED",
				"告知拟列入活动异常名录，陈述申辩期至 " + answerDue, null);
	}

	/**
	 * The organisation's statement (陈述、申辩), recorded by registrar staff within the
	 * period; it goes to the approver at once.
	 */
	@Transactional
	public void statement(String listingNo, String text, StaffUser user) {
		CreditListing listing = listings.findByNo(listingNo);
		if (listing == null || !SocialOrgScope.isStaffOf(user, listing.registrarCode())) {
			throw ApiException.notFound("CREDIT_LISTING_NOT_FOUND", "列入案件不存在或无权查看");
		}
		if (listings.recordStatement(listing.id(), text.strip(), clock.instant()) == 0
				|| !workflow.correlate(SocialOrgCreditListingProcess.MESSAGE_STATEMENT, listingNo, Map.of())) {
			throw ApiException.conflict("STATEMENT_NOT_OPEN", "不在陈述申辩期内或已提出陈述申辩");
		}
		audit.record(user, user.primary(BusinessLine.SOCIALORG, Role.CLERK, Role.REVIEWER, Role.APPROVER).role(),
				listing.registrarCode(), listingNo, "SOCIALORG_CREDIT_STATEMENT", "登记社会组织的陈述、申辩", text.strip());
	}

	/**
	 * The approver's written decision: LIST with reasons and the document number, or DROP
	 * with reasons; dated today.
	 */
	@Transactional
	public void decided(String listingNo, String decision, String reasons, String documentNo, String approver) {
		CreditListing listing = listingNo(listingNo);
		if ("LIST".equals(decision) && (documentNo == null || documentNo.isBlank())) {
			throw ApiException.badRequest("DOCUMENT_NO_REQUIRED", SocialOrgCreditListingProcess.FIELD_DOCUMENT_NO,
					"列入决定须填写决定书文号");
		}
		if (listings.decide(listing.id(), decision, reasons, "LIST".equals(decision) ? documentNo.strip() : null,
				LocalDate.now(clock), approver) == 0) {
			throw ApiException.conflict("LISTING_ALREADY_DECIDED", "该列入案件已作出决定");
		}
	}

	/**
	 * The decision lists: the organisation moves onto the abnormal list, with the
	 * decision's reasons and number; the ground's own case stays the move's case, so that
	 * a late annual report still takes it off.
	 */
	@Transactional
	public void list(long listingId) {
		CreditListing listing = listings.find(listingId);
		credit.listAbnormal(listing.organisationId(), listing.reasonCode(),
				listing.reasonText() + "（列入决定 " + listing.decisionDocNo() + "，" + listing.decidedOn() + "）",
				listing.triggerRef() != null ? listing.triggerRef() : listing.listingNo(),
				new CreditLists.Actor(listing.decidedBy(), Role.APPROVER.name()));
	}

	@Transactional
	public void closed(long listingId, String status) {
		listings.close(listingId, status, clock.instant());
	}

	@Transactional(readOnly = true)
	public CreditListing listingNo(String no) {
		CreditListing listing = listings.findByNo(no);
		if (listing == null) {
			throw new IllegalStateException("no credit listing " + no);
		}
		return listing;
	}

}
