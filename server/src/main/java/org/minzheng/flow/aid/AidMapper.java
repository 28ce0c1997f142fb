package org.minzheng.flow.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minzheng.flow.shared.ReadOncePerTransaction;
import org.minzheng.flow.shared.SealedText;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AidMapper {

	/** Holder for generated keys. */
	final class Key {

		public Long id;

	}

	@Insert("INSERT INTO aid_household (district_code, street_code, address, created_at) "
			+ "VALUES (#{district}, #{street}, #{address}, #{now})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertHousehold(@Param("key") Key key, @Param("district") String district, @Param("street") String street,
			@Param("address") String address, @Param("now") Instant now);

	@Insert("INSERT INTO aid_member (household_id, name, id_number, id_number_bidx, birth_date, relation, hukou_status, "
			+ "applicant) VALUES (#{householdId}, #{name}, #{idNumber,typeHandler=sealed}, #{idNumber,typeHandler=blindIndex}, #{birthDate}, #{relation}, #{hukouStatus}, #{applicant})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertMember(@Param("key") Key key, @Param("householdId") long householdId, @Param("name") String name,
			@Param("idNumber") String idNumber, @Param("birthDate") LocalDate birthDate,
			@Param("relation") String relation, @Param("hukouStatus") String hukouStatus,
			@Param("applicant") boolean applicant);

	@Insert("INSERT INTO aid_application (application_no, benefit_type, household_id, applicant_member_id, district_code, "
			+ "competent_street_code, intake_street_code, conflict_of_interest, conflict_note, status, submitted_by, submitted_at) "
			+ "VALUES (#{no}, #{a.benefitType}, #{a.householdId}, #{a.applicantMemberId}, #{a.districtCode}, "
			+ "#{a.competentStreetCode}, #{a.intakeStreetCode}, #{a.conflictOfInterest}, #{a.conflictNote}, 'SUBMITTED', "
			+ "#{a.submittedBy}, #{a.submittedAt})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertApplication(@Param("key") Key key, @Param("no") String temporaryNo,
			@Param("a") AidApplication application);

	@Update("UPDATE aid_application SET application_no = #{no} WHERE id = #{id}")
	void setNumber(@Param("id") long id, @Param("no") String no);

	@Update("UPDATE aid_application SET process_instance_id = #{pi} WHERE id = #{id}")
	void setProcessInstance(@Param("id") long id, @Param("pi") String processInstanceId);

	@ReadOncePerTransaction(sameRowAs = "findByNo=applicationNo")
	@Select("SELECT * FROM aid_application WHERE id = #{id}")
	AidApplication findById(long id);

	@ReadOncePerTransaction(sameRowAs = "findById=id")
	@Select("SELECT * FROM aid_application WHERE application_no = #{no}")
	AidApplication findByNo(String no);

	@ReadOncePerTransaction
	@Select("SELECT * FROM aid_member WHERE household_id = #{householdId} ORDER BY applicant DESC, id")
	List<AidMember> members(long householdId);

	@ReadOncePerTransaction
	@Select("SELECT * FROM aid_member WHERE id = #{id}")
	AidMember member(long id);

	@Update("UPDATE aid_member SET hukou_verified = #{verified} WHERE id = #{id}")
	void setHukouVerified(@Param("id") long id, @Param("verified") String verified);

	/**
	 * Compare-and-set status change: refuses when the application is not in the expected
	 * status.
	 */
	@Update("UPDATE aid_application SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int transition(@Param("id") long id, @Param("from") ApplicationStatus from, @Param("to") ApplicationStatus to);

	@Update("UPDATE aid_application SET status = #{to}, closed_at = #{now} WHERE id = #{id}")
	void close(@Param("id") long id, @Param("to") ApplicationStatus to, @Param("now") Instant now);

	@Update("UPDATE aid_application SET status = 'IN_PROGRESS', accepted_at = #{now}, deadline_date = #{deadline} "
			+ "WHERE id = #{id} AND status = 'SUBMITTED'")
	int accept(@Param("id") long id, @Param("now") Instant now, @Param("deadline") LocalDate deadline);

	/** The household's declaration of income and assets, kept with the application. */
	@Update("UPDATE aid_application SET declared_income_fen = #{d.monthlyIncomeFen}, "
			+ "declared_assets_fen = #{d.financialAssetsFen}, declared_vehicles = #{d.vehicles}, "
			+ "declared_properties = #{d.otherProperties}, declaration_signed = #{d.signed} WHERE id = #{id}")
	int storeDeclaration(@Param("id") long applicationId, @Param("d") SubmitApplication.Declaration declaration);

	/**
	 * The acceptance was taken back: the application waits for its acceptance check
	 * again.
	 */
	@Update("UPDATE aid_application SET status = 'SUBMITTED', accepted_at = NULL, deadline_date = NULL, "
			+ "deadline_extended = FALSE, extension_reason = NULL WHERE application_no = #{no} AND status = 'IN_PROGRESS'")
	int reopenAcceptance(String no);

	@Update("UPDATE aid_application SET status = 'AWAITING_SUPPLEMENT', supplement_requested = TRUE "
			+ "WHERE id = #{id} AND status = 'SUBMITTED' AND supplement_requested = FALSE")
	int requestSupplement(long id);

	@Update("UPDATE aid_application SET deadline_date = #{deadline}, deadline_extended = TRUE, extension_reason = #{reason} "
			+ "WHERE id = #{id} AND deadline_extended = FALSE AND closed_at IS NULL AND deadline_date IS NOT NULL")
	int extendDeadline(@Param("id") long id, @Param("deadline") LocalDate deadline, @Param("reason") String reason);

	@Update("UPDATE aid_application SET economic_check_request = #{request} WHERE id = #{id}")
	void setEconomicCheckRequest(@Param("id") long id, @Param("request") String requestId);

	@Update("UPDATE aid_application SET economic_check_outcome = #{outcome} WHERE application_no = #{no}")
	void setEconomicCheckOutcome(@Param("no") String applicationNo, @Param("outcome") String outcome);

	@Update("UPDATE aid_application SET self_care_level = #{level} WHERE id = #{id}")
	void setSelfCareLevel(@Param("id") long id, @Param("level") String level);

	@Update("UPDATE aid_application SET status = 'IN_NOTICE', notice_start = #{start}, notice_end = #{end} WHERE id = #{id}")
	void startNotice(@Param("id") long id, @Param("start") LocalDate start, @Param("end") LocalDate end);

	@Update("UPDATE aid_application SET status = 'IN_PROGRESS' WHERE id = #{id} AND status = 'IN_NOTICE'")
	int endNotice(long id);

	@Update("UPDATE aid_application SET decision = #{decision}, decided_at = #{now}, decided_by = #{by}, "
			+ "decided_org_unit = #{orgUnit}, entrustment_id = #{entrustmentId}, decision_statement = #{statement} WHERE id = #{id}")
	void recordDecision(@Param("id") long id, @Param("decision") String decision, @Param("now") Instant now,
			@Param("by") String by, @Param("orgUnit") String orgUnit, @Param("entrustmentId") Long entrustmentId,
			@Param("statement") String statement);

	@Insert("INSERT INTO aid_beneficiary (application_id, household_id, benefit_type, district_code, street_code, persons, "
			+ "monthly_amount_fen, self_care_level, payment_start, approved_at, approved_by, approving_org_unit, entrustment_id, status) "
			+ "VALUES (#{b.applicationId}, #{b.householdId}, #{b.benefitType}, #{b.districtCode}, #{b.streetCode}, #{b.persons}, "
			+ "#{b.monthlyAmountFen}, #{b.selfCareLevel}, #{b.paymentStart}, #{b.approvedAt}, #{b.approvedBy}, "
			+ "#{b.approvingOrgUnit}, #{b.entrustmentId}, 'ACTIVE')")
	void insertBeneficiary(@Param("b") Beneficiary beneficiary);

	@Select("SELECT * FROM aid_beneficiary WHERE application_id = #{applicationId}")
	Beneficiary beneficiary(long applicationId);

	/** A decision corrected by the district's spot check: what it says, and the check. */
	record Correction(String correction, String checkNo) {
	}

	@Select("SELECT decision_correction AS correction, corrected_by_check AS check_no FROM aid_application "
			+ "WHERE id = #{applicationId} AND corrected_by_check IS NOT NULL")
	Correction correction(long applicationId);

	/**
	 * The case page's first query: the application with its members and beneficiary, one
	 * row per member (see AidMapper.xml).
	 */
	List<CaseRow> caseRows(@Param("no") String applicationNo);

	/**
	 * The case page's second query: open work items, the engine's activity history, task
	 * records and audit events of one case, as one UNION ALL (see AidMapper.xml).
	 */
	List<TimelineRow> timeline(@Param("no") String applicationNo, @Param("pi") String processInstanceId);

	/**
	 * A row of {@link #caseRows}: the application's columns, then the member's
	 * ({@code m}) and the beneficiary's ({@code b}), null when there is none.
	 */
	class CaseRow {

		public long id;

		public String applicationNo;

		public String benefitType;

		public long householdId;

		public Long applicantMemberId;

		public String districtCode;

		public String competentStreetCode;

		public String intakeStreetCode;

		public boolean conflictOfInterest;

		public String conflictNote;

		public ApplicationStatus status;

		public String processInstanceId;

		public String submittedBy;

		public Instant submittedAt;

		public Instant acceptedAt;

		public LocalDate deadlineDate;

		public boolean deadlineExtended;

		public String extensionReason;

		public boolean supplementRequested;

		public String economicCheckRequest;

		public String economicCheckOutcome;

		public String selfCareLevel;

		public LocalDate noticeStart;

		public LocalDate noticeEnd;

		public String decision;

		public Instant decidedAt;

		public String decidedBy;

		public String decidedOrgUnit;

		public Long entrustmentId;

		public String decisionStatement;

		public Instant closedAt;

		public Long declaredIncomeFen;

		public Long declaredAssetsFen;

		public Integer declaredVehicles;

		public Integer declaredProperties;

		public Boolean declarationSigned;

		public Long mId;

		public Long mHouseholdId;

		public String mName;

		public SealedText mIdNumber;

		public LocalDate mBirthDate;

		public String mRelation;

		public String mHukouStatus;

		public String mHukouVerified;

		public Boolean mApplicant;

		public Long bId;

		public Long bApplicationId;

		public Long bHouseholdId;

		public String bBenefitType;

		public String bDistrictCode;

		public String bStreetCode;

		public Integer bPersons;

		public Long bMonthlyAmountFen;

		public String bSelfCareLevel;

		public LocalDate bPaymentStart;

		public Instant bApprovedAt;

		public String bApprovedBy;

		public String bApprovingOrgUnit;

		public Long bEntrustmentId;

		public String bStatus;

		AidApplication application() {
			return new AidApplication(id, applicationNo, benefitType, householdId, applicantMemberId, districtCode,
					competentStreetCode, intakeStreetCode, conflictOfInterest, conflictNote, status, processInstanceId,
					submittedBy, submittedAt, acceptedAt, deadlineDate, deadlineExtended, extensionReason,
					supplementRequested, economicCheckRequest, economicCheckOutcome, selfCareLevel, noticeStart,
					noticeEnd, decision, decidedAt, decidedBy, decidedOrgUnit, entrustmentId, decisionStatement,
					closedAt);
		}

		/** The household's declaration, when one was made. */
		SubmitApplication.Declaration declaration() {
			return declarationSigned == null ? null : new SubmitApplication.Declaration(declaredIncomeFen,
					declaredAssetsFen, declaredVehicles, declaredProperties, declarationSigned);
		}

		AidMember member() {
			return mId == null ? null : new AidMember(mId, mHouseholdId, mName, mIdNumber, mBirthDate, mRelation,
					mHukouStatus, mHukouVerified, Boolean.TRUE.equals(mApplicant));
		}

		Beneficiary beneficiary() {
			return bId == null ? null
					: new Beneficiary(bId, bApplicationId, bHouseholdId, bBenefitType, bDistrictCode, bStreetCode,
							bPersons, bMonthlyAmountFen, bSelfCareLevel, bPaymentStart, bApprovedAt, bApprovedBy,
							bApprovingOrgUnit, bEntrustmentId, bStatus);
		}

	}

	/**
	 * A row of {@link #timeline}: {@code kind} says which part it belongs to and what the
	 * generic columns hold (see AidMapper.xml).
	 */
	class TimelineRow {

		/** W work item, A activity, T task record, E audit event. */
		public String kind;

		public Long seq;

		public Integer state;

		public String s1;

		public String s2;

		public String s3;

		public String s4;

		public String s5;

		public String s6;

		public String s7;

		public String s8;

		public String s9;

		public String s10;

		public String s11;

		public String s12;

		public String s13;

		public Instant t1;

		public Instant t2;

		public Instant t3;

		public Instant t4;

		public Instant t5;

		/**
		 * The audit event's time as stored (China Standard Time, as the audit trail reads
		 * it).
		 */
		public java.time.LocalDateTime auditAt;

	}

}
