package org.minzheng.flow.charity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the charity API shows: view records built from the stored rows (no internal ids,
 * no process instances), with each case's open steps and published records.
 */
@Service
public class CharityViews {

	private final Recognitions recognitions;

	private final FundraisingQualifications qualifications;

	private final TrustFilings trusts;

	private final PublicRecords records;

	private final Workflow workflow;

	CharityViews(Recognitions recognitions, FundraisingQualifications qualifications, TrustFilings trusts,
			PublicRecords records, Workflow workflow) {
		this.recognitions = recognitions;
		this.qualifications = qualifications;
		this.trusts = trusts;
		this.records = records;
		this.workflow = workflow;
	}

	@Transactional(readOnly = true)
	public List<RecognitionView> recognitions(StaffUser user) {
		return recognitions.list(user).stream().map(RecognitionView::of).toList();
	}

	@Transactional(readOnly = true)
	public RecognitionPage recognition(String recognitionNo, StaffUser user) {
		Recognition recognition = recognitions.visible(recognitionNo, user);
		return new RecognitionPage(RecognitionView.of(recognition), openSteps(recognition.processInstanceId()),
				records(recognitionNo));
	}

	@Transactional(readOnly = true)
	public List<FundraisingRow> fundraising(StaffUser user) {
		return qualifications.list(user)
			.stream()
			.map(f -> new FundraisingRow(FundraisingView.of(f), qualifications.charityOf(f).name()))
			.toList();
	}

	@Transactional(readOnly = true)
	public FundraisingPage fundraising(String qualificationNo, StaffUser user) {
		Fundraising fundraising = qualifications.visible(qualificationNo, user);
		return new FundraisingPage(FundraisingView.of(fundraising),
				CharityView.of(qualifications.charityOf(fundraising)), openSteps(fundraising.processInstanceId()),
				records(qualificationNo));
	}

	@Transactional(readOnly = true)
	public List<TrustRow> trusts(StaffUser user) {
		return trusts.list(user)
			.stream()
			.map(t -> new TrustRow(t.trustNo(), t.name(), trusts.trustee(t.trusteeUnitCode()).name(), t.signedOn(),
					t.filedOn(), t.status().name(), t.late(), t.receiptNo()))
			.toList();
	}

	@Transactional(readOnly = true)
	public TrustPage trust(String trustNo, StaffUser user) {
		Trust trust = trusts.visible(trustNo, user);
		List<TrustFiling> filings = trusts.filings(trust);
		List<String> openSteps = filings.stream()
			.filter(f -> f.closedAt() == null && f.processInstanceId() != null)
			.flatMap(f -> openSteps(f.processInstanceId()).stream())
			.toList();
		List<PublicRecordView> published = filings.stream().flatMap(f -> records(f.filingNo()).stream()).toList();
		return new TrustPage(TrustView.of(trust), trusts.trustee(trust.trusteeUnitCode()), trusts.settlors(trust),
				trusts.assets(trust), trusts.trusteeHistory(trust), filings.stream().map(FilingView::of).toList(),
				openSteps, published);
	}

	@Transactional(readOnly = true)
	public FilingPage filing(String filingNo, StaffUser user) {
		return filing(trusts.visibleFiling(filingNo, user));
	}

	@Transactional(readOnly = true)
	public FilingPage filing(TrustFiling filing) {
		Trust trust = trusts.trustOf(filing);
		return new FilingPage(FilingView.of(filing), trust.trustNo(), trust.name());
	}

	@Transactional(readOnly = true)
	public List<PublicRecordView> latestRecords(int limit) {
		return records.latest(limit).stream().map(PublicRecordView::of).toList();
	}

	@Transactional(readOnly = true)
	public RecordPage record(String recordNo) {
		PublicRecord record = records.find(recordNo);
		return new RecordPage(PublicRecordView.of(record), PublicRecords.contentOf(record));
	}

	private List<PublicRecordView> records(String caseRef) {
		return records.of(caseRef).stream().map(PublicRecordView::of).toList();
	}

	private List<String> openSteps(String processInstanceId) {
		return processInstanceId == null ? List.of()
				: workflow.openTasks(processInstanceId).stream().map(Workflow.OpenTask::taskKey).toList();
	}

	/** An application with its open steps and published records. */
	public record RecognitionPage(RecognitionView recognition, List<String> openSteps, List<PublicRecordView> records) {
	}

	/** A qualification in a list. */
	public record FundraisingRow(FundraisingView qualification, String charityName) {
	}

	/** A qualification with its charity, open steps and published records. */
	public record FundraisingPage(FundraisingView qualification, CharityView charity, List<String> openSteps,
			List<PublicRecordView> records) {
	}

	/** A trust in a list. */
	public record TrustRow(String trustNo, String name, String trusteeName, LocalDate signedOn, LocalDate filedOn,
			String status, boolean late, String receiptNo) {
	}

	/** The whole record of a trust. */
	public record TrustPage(TrustView trust, TrustParts.Trustee trustee, List<TrustParts.Settlor> settlors,
			List<TrustParts.Asset> assets, List<TrustParts.TrusteeTerm> trusteeHistory, List<FilingView> filings,
			List<String> openSteps, List<PublicRecordView> records) {
	}

	/** A filing with its trust. */
	public record FilingPage(FilingView filing, String trustNo, String trustName) {
	}

	/** A published record with its content as fields. */
	public record RecordPage(PublicRecordView record, Map<String, String> content) {
	}

}
