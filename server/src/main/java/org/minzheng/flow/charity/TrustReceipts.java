package org.minzheng.flow.charity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.processes.charity.CharityTrustFilingProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.minzheng.flow.shared.docnumber.DocumentNumbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the trust-filing process does on its own: tell the trustee what is missing (once),
 * issue the filing receipt and apply the filing to the trust (a new trust is filed, a new
 * trustee takes over with the former one kept in the history, a terminated trust ends),
 * publish it, and close the case.
 */
@Service
public class TrustReceipts {

	static final String RECORD_TYPE = "TRUST_FILING";

	/** The mark of filing receipts in their numbers (深民信备〔2026〕1号). */
	static final String DOCUMENT_KIND = "信备";

	private static final Logger log = LoggerFactory.getLogger(TrustReceipts.class);

	private final CharityMapper charities;

	private final PublicRecords records;

	private final AuditTrail audit;

	private final DocumentNumbers numbers;

	private final Clock clock;

	TrustReceipts(CharityMapper charities, PublicRecords records, AuditTrail audit, DocumentNumbers numbers,
			Clock clock) {
		this.charities = charities;
		this.records = records;
		this.audit = audit;
		this.numbers = numbers;
		this.clock = clock;
	}

	/** The one-time list of what is missing was recorded by the review step. */
	@Transactional
	public void notifySupplement(long filingId) {
		TrustFiling filing = charities.filing(filingId);
		Trust trust = charities.trust(filing.trustId());
		audit.recordSystem(trust.registrarCode(), filing.filingNo(), "CHARITY_SUPPLEMENT_NOTIFIED",
				"一次性告知受托人补正：" + filing.missingMaterials(), null);
	}

	/**
	 * Issues the filing receipt the approver signed, numbered from the bureau's yearly
	 * sequence (深民信备〔2026〕1号), and applies the filing to the trust. The receipt proves
	 * the filing; it is not a licence.
	 */
	@Transactional
	public void issueReceipt(long filingId) {
		TrustFiling filing = charities.filing(filingId);
		if (filing.receiptNo() != null) {
			return;
		}
		Trust trust = charities.trust(filing.trustId());
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
		String receipt = numbers.next(trust.registrarCode(), DOCUMENT_KIND, today.getYear());
		if (charities.filingFiled(filingId, filing.status(), filing.status().moveTo(FilingStatus.FILED), receipt,
				clock.instant()) == 0) {
			throw new IllegalStateException(filing.filingNo() + " is not awaiting its receipt");
		}
		switch (filing.filingType()) {
			case TrustFiling.INITIAL -> {
				charities.trustFiled(trust.id(), trust.status(), trust.status().moveTo(TrustStatus.FILED), today,
						receipt);
				charities.insertTrusteeTerm(trust.id(), trust.trusteeUnitCode(), trust.signedOn(), filing.filingNo());
			}
			case TrustFiling.CHANGE -> {
				if (filing.newTrusteeUnit() != null) {
					if (charities.changeTrustee(trust.id(), trust.trusteeUnitCode(), filing.newTrusteeUnit(),
							TrustStatus.FILED) == 0) {
						throw new IllegalStateException(trust.trustNo() + " changed trustee meanwhile");
					}
					charities.endTrusteeTerm(trust.id(), filing.eventOn());
					charities.insertTrusteeTerm(trust.id(), filing.newTrusteeUnit(), filing.eventOn(),
							filing.filingNo());
				}
			}
			case TrustFiling.TERMINATION ->
				charities.trustStatus(trust.id(), trust.status(), trust.status().moveTo(TrustStatus.TERMINATED));
			default -> {
				// an annual report changes nothing on the trust
			}
		}
		filing = charities.filing(filingId);
		trust = charities.trust(trust.id());
		audit.recordSystem(trust.registrarCode(), filing.filingNo(), "CHARITY_TRUST_RECEIPT_ISSUED",
				TrustFilings.typeLabel(filing.filingType()) + "回执 " + receipt + "：" + trust.name(), null);
		records.publish(RECORD_TYPE, filing.filingNo(), trust.registrarCode(),
				TrustFilings.typeLabel(filing.filingType()) + "：" + trust.name(), content(trust, filing));
		log.info("[{}] receipt {} issued for {}", filing.filingNo(), receipt, trust.trustNo());
	}

	/**
	 * The process ended: a filing without a receipt is not filed (nor is its new trust).
	 */
	@Transactional
	public void closed(long filingId, String endEventId) {
		TrustFiling filing = charities.filing(filingId);
		Trust trust = charities.trust(filing.trustId());
		FilingStatus from = filing.status();
		charities.closeFiling(filingId, from, from == FilingStatus.FILED ? from : from.moveTo(FilingStatus.NOT_FILED),
				clock.instant());
		if (CharityTrustFilingProcess.END_EVENT_NOT_FILED.equals(endEventId)
				&& TrustFiling.INITIAL.equals(filing.filingType()) && trust.status() == TrustStatus.FILING) {
			charities.trustStatus(trust.id(), trust.status(), trust.status().moveTo(TrustStatus.NOT_FILED));
		}
		audit.recordSystem(trust.registrarCode(), filing.filingNo(), "CHARITY_CASE_CLOSED", "备案办结：" + endEventId, null);
	}

	private Map<String, String> content(Trust trust, TrustFiling filing) {
		TrustParts.Trustee trustee = charities.trustee(trust.trusteeUnitCode());
		Map<String, String> content = new LinkedHashMap<>();
		content.put("recordType", RECORD_TYPE);
		content.put("filingNo", filing.filingNo());
		content.put("filingType", filing.filingType());
		content.put("trustNo", trust.trustNo());
		content.put("trustName", trust.name());
		content.put("registrarCode", trust.registrarCode());
		content.put("trustee", trustee.name());
		content.put("trusteeUscc", trustee.uscc());
		content.put("purpose", trust.purpose());
		content.put("custodianBank", trust.custodianBank());
		content.put("supervisor", trust.supervisorName());
		content.put("settlors",
				charities.settlors(trust.id()).stream().map(TrustParts.Settlor::name).collect(Collectors.joining("、")));
		content.put("assets",
				charities.assets(trust.id())
					.stream()
					.map(a -> a.assetType() + " " + a.valueYuan().toPlainString() + " 元")
					.collect(Collectors.joining("；")));
		content.put("signedOn", trust.signedOn().toString());
		content.put("eventOn", filing.eventOn().toString());
		content.put("daysAfterEvent", Integer.toString(filing.daysAfterEvent()));
		content.put("late", Boolean.toString(filing.late()));
		content.put("summary", filing.summary());
		content.put("receiptNo", filing.receiptNo());
		content.put("receiptDate", LocalDate.ofInstant(filing.receiptAt(), WorkingDayCalendar.ZONE).toString());
		return content;
	}

}
