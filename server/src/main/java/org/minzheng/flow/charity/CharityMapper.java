package org.minzheng.flow.charity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The charity tables. Status changes are compare-and-set updates. */
@Mapper
interface CharityMapper {

	String RECOGNITION = "SELECT id, recognition_no, uscc, organisation_name, registrar_code, purpose_statement, "
			+ "governance_vote_on, governance_vote_note, status, applied_by, applied_at, supplement_requested, "
			+ "missing_materials, accepted_on, decision_due, credit_state, penalised, credit_checked_at, charity_purpose, "
			+ "no_profit_distribution, residual_asset_clause, governance_vote, review_decision, review_opinion, reviewed_by, "
			+ "decision, decided_by, decided_at, refusal_reason, certificate_no, effective_on, platform_no, published_at, "
			+ "process_instance_id, closed_at, credit_findings, credit_decision, credit_opinion, credit_decided_by "
			+ "FROM charity_recognition ";

	String FUNDRAISING = "SELECT id, qualification_no, charity_id, registrar_code, plan_summary, status, applied_by, "
			+ "applied_at, decision_due, review_decision, review_opinion, decision, decision_opinion, decided_by, decided_at, "
			+ "certificate_no, valid_from, valid_until, platform_no, published_at, process_instance_id, closed_at, "
			+ "supplement_requested, missing_materials, supplement_note, accepted_on, not_accepted_reason, credit_state, "
			+ "penalised, credit_checked_at, credit_findings, credit_decision, credit_opinion, credit_decided_by, reviewed_by "
			+ "FROM charity_fundraising ";

	String ORGANISATION = "SELECT id, uscc, name, registrar_code, source, charity_since, certificate_no, platform_no "
			+ "FROM charity_organisation ";

	String TRUST = "SELECT id, trust_no, name, registrar_code, trustee_unit_code, supervisor_name, custodian_bank, "
			+ "custodian_account, purpose, term_years, signed_on, status, late, filed_on, receipt_no, created_at FROM charity_trust ";

	String FILING = "SELECT id, filing_no, trust_id, filing_type, trustee_unit_code, submitted_by, submitted_at, event_on, "
			+ "days_after_event, late, status, summary, new_trustee_unit, liquidation_report, report_year, supplement_requested, "
			+ "missing_materials, supplement_note, review_opinion, reviewed_by, receipt_no, receipt_at, process_instance_id, "
			+ "closed_at, review_proposal, proposed_materials, decision, decision_opinion, decided_by FROM charity_trust_filing ";

	String RECORD = "SELECT id, record_no, record_type, case_ref, registrar_code, title, content, content_hash, published_at "
			+ "FROM charity_public_record ";

	// ---- register of charities ----

	@Select(ORGANISATION + "WHERE uscc = #{uscc}")
	CharityOrganisation charityByUscc(String uscc);

	@Select(ORGANISATION + "WHERE id = #{id}")
	CharityOrganisation charity(long id);

	@Insert("INSERT INTO charity_organisation (uscc, name, registrar_code, source, charity_since, certificate_no, created_at) "
			+ "VALUES (#{uscc}, #{name}, #{registrar}, 'RECOGNISED', #{since}, #{certificate}, #{at})")
	int insertRecognisedCharity(@Param("uscc") String uscc, @Param("name") String name,
			@Param("registrar") String registrar, @Param("since") LocalDate since,
			@Param("certificate") String certificateNo, @Param("at") Instant at);

	@Update("UPDATE charity_organisation SET platform_no = #{no} WHERE uscc = #{uscc}")
	int setCharityPlatformNo(@Param("uscc") String uscc, @Param("no") String platformNo);

	// ---- recognition ----

	@Insert("INSERT INTO charity_recognition (recognition_no, uscc, organisation_name, registrar_code, purpose_statement, "
			+ "governance_vote_on, governance_vote_note, status, applied_by, applied_at) VALUES (#{no}, #{uscc}, #{name}, "
			+ "#{registrar}, #{purpose}, #{voteOn}, #{voteNote}, 'SUBMITTED', #{by}, #{at})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	int insertRecognition(@Param("key") Key key, @Param("no") String provisionalNo, @Param("uscc") String uscc,
			@Param("name") String name, @Param("registrar") String registrar, @Param("purpose") String purpose,
			@Param("voteOn") LocalDate voteOn, @Param("voteNote") String voteNote, @Param("by") String by,
			@Param("at") Instant at);

	@Update("UPDATE charity_recognition SET recognition_no = #{no} WHERE id = #{id}")
	int setRecognitionNo(@Param("id") long id, @Param("no") String no);

	@Update("UPDATE charity_recognition SET process_instance_id = #{pid} WHERE id = #{id}")
	int setRecognitionProcess(@Param("id") long id, @Param("pid") String processInstanceId);

	@Select(RECOGNITION + "WHERE id = #{id}")
	Recognition recognition(long id);

	@Select(RECOGNITION + "WHERE recognition_no = #{no}")
	Recognition recognitionByNo(String no);

	@Select("SELECT COUNT(*) FROM charity_recognition WHERE uscc = #{uscc} AND closed_at IS NULL")
	int openRecognitions(String uscc);

	@Select("<script>" + RECOGNITION + "WHERE registrar_code IN "
			+ "<foreach item='u' collection='units' open='(' separator=',' close=')'>#{u}</foreach> ORDER BY id DESC LIMIT 200</script>")
	List<Recognition> recognitionsIn(@Param("units") Collection<String> units);

	/*
	 * Status changes are compare-and-set: {@code from} is the status read, {@code to}
	 * what {@code from.moveTo(…)} allowed (see the status enums); 0 rows when it changed
	 * since.
	 */

	@Update("UPDATE charity_recognition SET status = #{to}, supplement_requested = TRUE, missing_materials = #{missing} "
			+ "WHERE id = #{id} AND status = #{from} AND supplement_requested = FALSE")
	int requestRecognitionSupplement(@Param("id") long id, @Param("from") RecognitionStatus from,
			@Param("to") RecognitionStatus to, @Param("missing") String missing);

	@Update("UPDATE charity_recognition SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int recognitionStatus(@Param("id") long id, @Param("from") RecognitionStatus from,
			@Param("to") RecognitionStatus to);

	@Update("UPDATE charity_recognition SET status = #{to}, refusal_reason = #{reason} "
			+ "WHERE id = #{id} AND status = #{from}")
	int notAccepted(@Param("id") long id, @Param("from") RecognitionStatus from, @Param("to") RecognitionStatus to,
			@Param("reason") String reason);

	@Update("UPDATE charity_recognition SET status = #{to}, accepted_on = #{on}, decision_due = #{due} "
			+ "WHERE id = #{id} AND status = #{from}")
	int acceptRecognition(@Param("id") long id, @Param("from") RecognitionStatus from,
			@Param("to") RecognitionStatus to, @Param("on") LocalDate acceptedOn, @Param("due") LocalDate due);

	@Update("UPDATE charity_recognition SET credit_state = #{state}, penalised = #{penalised}, credit_checked_at = #{at}, "
			+ "credit_findings = #{findings} WHERE id = #{id}")
	int recordCreditCheck(@Param("id") long id, @Param("state") String state, @Param("penalised") boolean penalised,
			@Param("at") Instant at, @Param("findings") String findings);

	/**
	 * The approver's decision on the credit findings (a refusal is also recorded as the
	 * decision).
	 */
	@Update("UPDATE charity_recognition SET credit_decision = #{decision}, credit_opinion = #{opinion}, "
			+ "credit_decided_by = #{by} WHERE id = #{id} AND status = 'REVIEW' AND credit_decision IS NULL")
	int decideRecognitionCredit(@Param("id") long id, @Param("decision") String decision,
			@Param("opinion") String opinion, @Param("by") String by);

	@Update("UPDATE charity_recognition SET charity_purpose = #{r.charityPurpose}, no_profit_distribution = #{r.noProfit}, "
			+ "residual_asset_clause = #{r.residualAsset}, governance_vote = #{r.governanceVote}, review_decision = #{r.decision}, "
			+ "review_opinion = #{r.opinion}, reviewed_by = #{r.by} WHERE id = #{id} AND status = 'REVIEW'")
	int recordRecognitionReview(@Param("id") long id, @Param("r") ReviewRow review);

	@Update("UPDATE charity_recognition SET decision = #{decision}, decided_by = #{by}, decided_at = #{at}, "
			+ "refusal_reason = #{reason} WHERE id = #{id} AND status = 'REVIEW' AND decision IS NULL")
	int decideRecognition(@Param("id") long id, @Param("decision") String decision, @Param("by") String by,
			@Param("at") Instant at, @Param("reason") String refusalReason);

	@Update("UPDATE charity_recognition SET decision = NULL, decided_by = NULL, decided_at = NULL "
			+ "WHERE id = #{id} AND closed_at IS NULL")
	int reopenRecognitionDecision(long id);

	@Update("UPDATE charity_recognition SET status = #{to}, decided_at = COALESCE(decided_at, #{at}) "
			+ "WHERE id = #{id} AND status = #{from}")
	int refuseRecognition(@Param("id") long id, @Param("from") RecognitionStatus from,
			@Param("to") RecognitionStatus to, @Param("at") Instant at);

	@Update("UPDATE charity_recognition SET status = #{to}, certificate_no = #{certificate}, effective_on = #{on} "
			+ "WHERE id = #{id} AND status = #{from}")
	int recognise(@Param("id") long id, @Param("from") RecognitionStatus from, @Param("to") RecognitionStatus to,
			@Param("certificate") String certificateNo, @Param("on") LocalDate effectiveOn);

	@Update("UPDATE charity_recognition SET platform_no = #{no}, published_at = #{at} WHERE id = #{id}")
	int recognitionPublished(@Param("id") long id, @Param("no") String platformNo, @Param("at") Instant at);

	@Update("UPDATE charity_recognition SET status = #{to}, closed_at = #{at} WHERE id = #{id} AND status = #{from} "
			+ "AND closed_at IS NULL")
	int closeRecognition(@Param("id") long id, @Param("from") RecognitionStatus from, @Param("to") RecognitionStatus to,
			@Param("at") Instant at);

	// ---- public fundraising ----

	@Insert("INSERT INTO charity_fundraising (qualification_no, charity_id, registrar_code, plan_summary, status, applied_by, "
			+ "applied_at) VALUES (#{no}, #{charity}, #{registrar}, #{plan}, 'SUBMITTED', #{by}, #{at})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	int insertFundraising(@Param("key") Key key, @Param("no") String provisionalNo, @Param("charity") long charityId,
			@Param("registrar") String registrar, @Param("plan") String plan, @Param("by") String by,
			@Param("at") Instant at);

	@Update("UPDATE charity_fundraising SET qualification_no = #{no}, process_instance_id = #{pid}, decision_due = #{due} "
			+ "WHERE id = #{id}")
	int startedFundraising(@Param("id") long id, @Param("no") String no, @Param("pid") String processInstanceId,
			@Param("due") LocalDate due);

	@Select(FUNDRAISING + "WHERE id = #{id}")
	Fundraising fundraising(long id);

	@Select(FUNDRAISING + "WHERE qualification_no = #{no}")
	Fundraising fundraisingByNo(String no);

	@Select("SELECT COUNT(*) FROM charity_fundraising WHERE charity_id = #{id} AND closed_at IS NULL")
	int openFundraising(long charityId);

	@Select("<script>" + FUNDRAISING + "WHERE registrar_code IN "
			+ "<foreach item='u' collection='units' open='(' separator=',' close=')'>#{u}</foreach> ORDER BY id DESC LIMIT 200</script>")
	List<Fundraising> fundraisingIn(@Param("units") Collection<String> units);

	@Update("UPDATE charity_fundraising SET review_decision = #{decision}, review_opinion = #{opinion}, "
			+ "reviewed_by = #{by} WHERE id = #{id} AND status = 'REVIEW'")
	int reviewFundraising(@Param("id") long id, @Param("decision") String decision, @Param("opinion") String opinion,
			@Param("by") String by);

	@Update("UPDATE charity_fundraising SET status = #{to}, supplement_requested = TRUE, missing_materials = #{missing} "
			+ "WHERE id = #{id} AND status = #{from} AND supplement_requested = FALSE")
	int requestFundraisingSupplement(@Param("id") long id, @Param("from") FundraisingStatus from,
			@Param("to") FundraisingStatus to, @Param("missing") String missing);

	@Update("UPDATE charity_fundraising SET status = #{to}, supplement_note = #{note} WHERE id = #{id} "
			+ "AND status = #{from}")
	int fundraisingSupplemented(@Param("id") long id, @Param("from") FundraisingStatus from,
			@Param("to") FundraisingStatus to, @Param("note") String note);

	@Update("UPDATE charity_fundraising SET status = #{to}, not_accepted_reason = #{reason} WHERE id = #{id} "
			+ "AND status = #{from}")
	int fundraisingNotAccepted(@Param("id") long id, @Param("from") FundraisingStatus from,
			@Param("to") FundraisingStatus to, @Param("reason") String reason);

	@Update("UPDATE charity_fundraising SET status = #{to}, accepted_on = #{on}, decision_due = #{due} "
			+ "WHERE id = #{id} AND status = #{from}")
	int acceptFundraising(@Param("id") long id, @Param("from") FundraisingStatus from,
			@Param("to") FundraisingStatus to, @Param("on") LocalDate acceptedOn, @Param("due") LocalDate due);

	@Update("UPDATE charity_fundraising SET credit_state = #{state}, penalised = #{penalised}, credit_checked_at = #{at}, "
			+ "credit_findings = #{findings} WHERE id = #{id}")
	int recordFundraisingCreditCheck(@Param("id") long id, @Param("state") String state,
			@Param("penalised") boolean penalised, @Param("at") Instant at, @Param("findings") String findings);

	/**
	 * The approver's decision on the credit findings (a refusal is also recorded as the
	 * decision).
	 */
	@Update("UPDATE charity_fundraising SET credit_decision = #{decision}, credit_opinion = #{opinion}, "
			+ "credit_decided_by = #{by} WHERE id = #{id} AND status = 'REVIEW' AND credit_decision IS NULL")
	int decideFundraisingCredit(@Param("id") long id, @Param("decision") String decision,
			@Param("opinion") String opinion, @Param("by") String by);

	@Update("UPDATE charity_fundraising SET decision = #{decision}, decision_opinion = #{opinion}, decided_by = #{by}, "
			+ "decided_at = #{at} WHERE id = #{id} AND status = 'REVIEW' AND decision IS NULL")
	int decideFundraising(@Param("id") long id, @Param("decision") String decision, @Param("opinion") String opinion,
			@Param("by") String by, @Param("at") Instant at);

	@Update("UPDATE charity_fundraising SET decision = NULL, decision_opinion = NULL, decided_by = NULL, decided_at = NULL "
			+ "WHERE id = #{id} AND closed_at IS NULL")
	int reopenFundraisingDecision(long id);

	@Update("UPDATE charity_fundraising SET status = #{to}, certificate_no = #{certificate}, valid_from = #{validFrom}, "
			+ "valid_until = #{until} WHERE id = #{id} AND status = #{from}")
	int qualify(@Param("id") long id, @Param("from") FundraisingStatus from, @Param("to") FundraisingStatus to,
			@Param("certificate") String certificateNo, @Param("validFrom") LocalDate validFrom,
			@Param("until") LocalDate until);

	@Update("UPDATE charity_fundraising SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int refuseFundraising(@Param("id") long id, @Param("from") FundraisingStatus from,
			@Param("to") FundraisingStatus to);

	@Update("UPDATE charity_fundraising SET platform_no = #{no}, published_at = #{at} WHERE id = #{id}")
	int fundraisingPublished(@Param("id") long id, @Param("no") String platformNo, @Param("at") Instant at);

	@Update("UPDATE charity_fundraising SET status = #{to}, closed_at = #{at} WHERE id = #{id} AND status = #{from} "
			+ "AND closed_at IS NULL")
	int closeFundraising(@Param("id") long id, @Param("from") FundraisingStatus from, @Param("to") FundraisingStatus to,
			@Param("at") Instant at);

	// ---- trustees and trusts ----

	@Select("SELECT unit_code, name, uscc, trustee_type FROM charity_trustee WHERE unit_code = #{code}")
	TrustParts.Trustee trustee(String unitCode);

	@Select("SELECT unit_code, name, uscc, trustee_type FROM charity_trustee ORDER BY unit_code")
	List<TrustParts.Trustee> trustees();

	@Insert("INSERT INTO charity_trust (trust_no, name, registrar_code, trustee_unit_code, supervisor_name, custodian_bank, "
			+ "custodian_account, purpose, term_years, signed_on, status, late, created_at) VALUES (#{no}, #{t.name}, "
			+ "#{registrar}, #{trustee}, #{t.supervisorName}, #{t.custodianBank}, #{t.custodianAccount}, #{t.purpose}, "
			+ "#{t.termYears}, #{t.signedOn}, 'FILING', #{late}, #{at})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	int insertTrust(@Param("key") Key key, @Param("no") String provisionalNo, @Param("t") TrustFilings.NewTrust trust,
			@Param("registrar") String registrar, @Param("trustee") String trusteeUnit, @Param("late") boolean late,
			@Param("at") Instant at);

	@Update("UPDATE charity_trust SET trust_no = #{no} WHERE id = #{id}")
	int setTrustNo(@Param("id") long id, @Param("no") String no);

	@Insert("INSERT INTO charity_trust_settlor (trust_id, seq, name, settlor_type) VALUES (#{id}, #{seq}, #{name}, #{type})")
	int insertSettlor(@Param("id") long trustId, @Param("seq") int seq, @Param("name") String name,
			@Param("type") String type);

	@Insert("INSERT INTO charity_trust_asset (trust_id, seq, asset_type, description, value_yuan, transfer_method, "
			+ "transfer_evidence) VALUES (#{id}, #{seq}, #{type}, #{description}, #{value}, #{method}, #{evidence})")
	int insertAsset(@Param("id") long trustId, @Param("seq") int seq, @Param("type") String type,
			@Param("description") String description, @Param("value") BigDecimal value,
			@Param("method") String transferMethod, @Param("evidence") String transferEvidence);

	@Select(TRUST + "WHERE id = #{id}")
	Trust trust(long id);

	@Select(TRUST + "WHERE trust_no = #{no}")
	Trust trustByNo(String no);

	@Select("<script>" + TRUST + "WHERE registrar_code IN "
			+ "<foreach item='u' collection='units' open='(' separator=',' close=')'>#{u}</foreach> OR trustee_unit_code IN "
			+ "<foreach item='u' collection='units' open='(' separator=',' close=')'>#{u}</foreach> ORDER BY id DESC LIMIT 500</script>")
	List<Trust> trustsFor(@Param("units") Collection<String> units);

	@Select("SELECT seq, name, settlor_type FROM charity_trust_settlor WHERE trust_id = #{id} ORDER BY seq")
	List<TrustParts.Settlor> settlors(long trustId);

	@Select("SELECT seq, asset_type, description, value_yuan, transfer_method, transfer_evidence FROM charity_trust_asset "
			+ "WHERE trust_id = #{id} ORDER BY seq")
	List<TrustParts.Asset> assets(long trustId);

	@Select("SELECT h.seq, h.trustee_unit_code, t.name AS trustee_name, h.from_on, h.until_on, h.filing_no "
			+ "FROM charity_trust_trustee h JOIN charity_trustee t ON t.unit_code = h.trustee_unit_code "
			+ "WHERE h.trust_id = #{id} ORDER BY h.seq")
	List<TrustParts.TrusteeTerm> trusteeHistory(long trustId);

	@Insert("INSERT INTO charity_trust_trustee (trust_id, seq, trustee_unit_code, from_on, filing_no) "
			+ "SELECT #{id}, COALESCE(MAX(seq), 0) + 1, #{unit}, #{from}, #{filing} FROM charity_trust_trustee WHERE trust_id = #{id}")
	int insertTrusteeTerm(@Param("id") long trustId, @Param("unit") String unit, @Param("from") LocalDate from,
			@Param("filing") String filingNo);

	@Update("UPDATE charity_trust_trustee SET until_on = #{until} WHERE trust_id = #{id} AND until_on IS NULL")
	int endTrusteeTerm(@Param("id") long trustId, @Param("until") LocalDate until);

	@Update("UPDATE charity_trust SET status = #{to}, filed_on = #{on}, receipt_no = #{receipt} WHERE id = #{id} "
			+ "AND status = #{from}")
	int trustFiled(@Param("id") long id, @Param("from") TrustStatus from, @Param("to") TrustStatus to,
			@Param("on") LocalDate on, @Param("receipt") String receiptNo);

	@Update("UPDATE charity_trust SET trustee_unit_code = #{to} WHERE id = #{id} AND trustee_unit_code = #{from} "
			+ "AND status = #{filed}")
	int changeTrustee(@Param("id") long id, @Param("from") String from, @Param("to") String to,
			@Param("filed") TrustStatus filed);

	@Update("UPDATE charity_trust SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int trustStatus(@Param("id") long id, @Param("from") TrustStatus from, @Param("to") TrustStatus to);

	// ---- filings ----

	@Insert("INSERT INTO charity_trust_filing (filing_no, trust_id, filing_type, trustee_unit_code, submitted_by, "
			+ "submitted_at, event_on, days_after_event, late, status, summary, new_trustee_unit, liquidation_report, "
			+ "report_year) VALUES (#{no}, #{trust}, #{f.type}, #{f.trusteeUnit}, #{f.by}, #{at}, #{f.eventOn}, #{f.days}, "
			+ "#{f.late}, 'SUBMITTED', #{f.summary}, #{f.newTrusteeUnit}, #{f.liquidationReport}, #{f.reportYear})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	int insertFiling(@Param("key") Key key, @Param("no") String provisionalNo, @Param("trust") long trustId,
			@Param("f") FilingRow filing, @Param("at") Instant at);

	@Update("UPDATE charity_trust_filing SET filing_no = #{no} WHERE id = #{id}")
	int setFilingNo(@Param("id") long id, @Param("no") String no);

	@Update("UPDATE charity_trust_filing SET process_instance_id = #{pid} WHERE id = #{id}")
	int setFilingProcess(@Param("id") long id, @Param("pid") String processInstanceId);

	@Select(FILING + "WHERE id = #{id}")
	TrustFiling filing(long id);

	@Select(FILING + "WHERE filing_no = #{no}")
	TrustFiling filingByNo(String no);

	@Select(FILING + "WHERE trust_id = #{id} ORDER BY id")
	List<TrustFiling> filingsOf(long trustId);

	@Select("SELECT COUNT(*) FROM charity_trust_filing WHERE trust_id = #{id} AND closed_at IS NULL")
	int openFilings(long trustId);

	@Update("UPDATE charity_trust_filing SET status = #{to}, supplement_requested = TRUE, missing_materials = #{missing}, "
			+ "decision = 'SUPPLEMENT', decided_by = #{by} WHERE id = #{id} AND status = #{from} "
			+ "AND supplement_requested = FALSE")
	int requestFilingSupplement(@Param("id") long id, @Param("from") FilingStatus from, @Param("to") FilingStatus to,
			@Param("missing") String missing, @Param("by") String by);

	@Update("UPDATE charity_trust_filing SET status = #{to}, supplement_note = #{note} WHERE id = #{id} "
			+ "AND status = #{from}")
	int filingSupplemented(@Param("id") long id, @Param("from") FilingStatus from, @Param("to") FilingStatus to,
			@Param("note") String note);

	/** The reviewer's proposal (the approver signs what counts). */
	@Update("UPDATE charity_trust_filing SET review_proposal = #{proposal}, proposed_materials = #{missing}, "
			+ "review_opinion = #{opinion}, reviewed_by = #{by}, decision = NULL, decision_opinion = NULL, decided_by = NULL "
			+ "WHERE id = #{id} AND status = 'SUBMITTED'")
	int proposeFiling(@Param("id") long id, @Param("proposal") String proposal, @Param("missing") String missing,
			@Param("opinion") String opinion, @Param("by") String by);

	/** The approver's signature of a receipt or a refusal. */
	@Update("UPDATE charity_trust_filing SET decision = #{decision}, decision_opinion = #{opinion}, decided_by = #{by} "
			+ "WHERE id = #{id} AND status = 'SUBMITTED'")
	int signFiling(@Param("id") long id, @Param("decision") String decision, @Param("opinion") String opinion,
			@Param("by") String by);

	@Update("UPDATE charity_trust_filing SET status = #{to}, receipt_no = #{receipt}, receipt_at = #{at} WHERE id = #{id} "
			+ "AND status = #{from}")
	int filingFiled(@Param("id") long id, @Param("from") FilingStatus from, @Param("to") FilingStatus to,
			@Param("receipt") String receiptNo, @Param("at") Instant at);

	@Update("UPDATE charity_trust_filing SET status = #{to}, closed_at = #{at} WHERE id = #{id} AND status = #{from} "
			+ "AND closed_at IS NULL")
	int closeFiling(@Param("id") long id, @Param("from") FilingStatus from, @Param("to") FilingStatus to,
			@Param("at") Instant at);

	// ---- public records ----

	@Insert("INSERT INTO charity_public_record (record_no, record_type, case_ref, registrar_code, title, content, "
			+ "content_hash, published_at) VALUES (#{r.recordNo}, #{r.recordType}, #{r.caseRef}, #{r.registrarCode}, "
			+ "#{r.title}, #{r.content}, #{r.contentHash}, #{r.publishedAt})")
	int insertRecord(@Param("r") PublicRecord record);

	@Select(RECORD + "WHERE record_no = #{no}")
	PublicRecord record(String recordNo);

	@Select(RECORD + "WHERE case_ref = #{ref} ORDER BY id")
	List<PublicRecord> recordsOf(String caseRef);

	@Select(RECORD + "ORDER BY id DESC LIMIT #{limit}")
	List<PublicRecord> latestRecords(int limit);

	@Select("SELECT COUNT(*) FROM charity_public_record WHERE case_ref = #{ref}")
	int countRecordsOf(String caseRef);

	/** The reviewer's answers on a recognition. */
	record ReviewRow(String charityPurpose, String noProfit, String residualAsset, String governanceVote,
			String decision, String opinion, String by) {
	}

	/** A filing as inserted. */
	record FilingRow(String type, String trusteeUnit, String by, LocalDate eventOn, int days, boolean late,
			String summary, String newTrusteeUnit, String liquidationReport, Integer reportYear) {
	}

	/** Mutable holder for a generated key. */
	final class Key {

		public Long id;

	}

}
