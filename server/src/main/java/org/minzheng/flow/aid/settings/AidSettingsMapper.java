package org.minzheng.flow.aid.settings;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The changes of a district's figures and the live tables they write (the temporary
 * assistance and spot-check features read the same tables; SQL longer than a line in
 * AidSettingsMapper.xml).
 */
@Mapper
interface AidSettingsMapper {

	/** A change to insert; {@code id} is filled in. */
	final class NewChange {

		public Long id;

		public final String districtCode;

		public final String documentNo;

		public final String documentTitle;

		public final String reason;

		public final String oldFigures;

		public final String newFigures;

		public final String proposedBy;

		public final Instant proposedAt;

		NewChange(String districtCode, String documentNo, String documentTitle, String reason, String oldFigures,
				String newFigures, String proposedBy, Instant proposedAt) {
			this.districtCode = districtCode;
			this.documentNo = documentNo;
			this.documentTitle = documentTitle;
			this.reason = reason;
			this.oldFigures = oldFigures;
			this.newFigures = newFigures;
			this.proposedBy = proposedBy;
			this.proposedAt = proposedAt;
		}

	}

	/** A change as stored, its figures as JSON. */
	record ChangeRow(long id, String districtCode, SettingsChange.Status status, String documentNo,
			String documentTitle, String reason, String oldFigures, String newFigures, String proposedBy,
			Instant proposedAt, String decidedBy, Instant decidedAt, String decisionReason) {
	}

	/** The live 临时救助 limits of a district. */
	record Limits(long advanceLimitFen, long streetApprovalLimitFen, long noticeThresholdFen, long expenditureCapFen,
			String documentNo) {
	}

	/** The live spot-check rule of a district (or the DEFAULT row's). */
	record Policy(int sharePercent, int flagFindings, int flagMonths) {
	}

	@Select("SELECT advance_limit_fen, street_approval_limit_fen, notice_threshold_fen, expenditure_cap_fen, "
			+ "document_no FROM aid_temporary_limit WHERE district_code = #{district}")
	Limits limits(String district);

	@Select("SELECT min_shortfall_fen, max_shortfall_fen, rate_basis_points, label FROM aid_temporary_tier "
			+ "WHERE district_code = #{district} ORDER BY min_shortfall_fen")
	List<Figures.Tier> tiers(String district);

	/** The district's own row, else the DEFAULT row (as the draw reads it). */
	Policy policy(String district);

	int updateLimits(@Param("district") String district, @Param("f") Figures figures,
			@Param("documentNo") String documentNo);

	void insertLimits(@Param("district") String district, @Param("f") Figures figures,
			@Param("documentNo") String documentNo);

	@Delete("DELETE FROM aid_temporary_tier WHERE district_code = #{district}")
	int deleteTiers(String district);

	@Insert("INSERT INTO aid_temporary_tier (district_code, min_shortfall_fen, max_shortfall_fen, rate_basis_points, "
			+ "label) VALUES (#{district}, #{t.minShortfallFen}, #{t.maxShortfallFen}, #{t.rateBasisPoints}, #{t.label})")
	void insertTier(@Param("district") String district, @Param("t") Figures.Tier tier);

	/** Keeps the row's salt (made on the district's first draw). */
	@Update("UPDATE aid_spot_check_policy SET share_percent = #{f.sharePercent}, flag_findings = #{f.flagFindings}, "
			+ "flag_months = #{f.flagMonths} WHERE district_code = #{district}")
	int updatePolicy(@Param("district") String district, @Param("f") Figures figures);

	@Insert("INSERT INTO aid_spot_check_policy (district_code, share_percent, flag_findings, flag_months) "
			+ "VALUES (#{district}, #{f.sharePercent}, #{f.flagFindings}, #{f.flagMonths})")
	void insertPolicy(@Param("district") String district, @Param("f") Figures figures);

	void insertChange(NewChange change);

	@Select("SELECT id, district_code, status, document_no, document_title, reason, old_figures, new_figures, proposed_by, "
			+ "proposed_at, decided_by, decided_at, decision_reason FROM aid_settings_change WHERE id = #{id}")
	ChangeRow find(long id);

	@Select("SELECT id, district_code, status, document_no, document_title, reason, old_figures, new_figures, proposed_by, "
			+ "proposed_at, decided_by, decided_at, decision_reason FROM aid_settings_change "
			+ "WHERE district_code = #{district} ORDER BY id DESC")
	List<ChangeRow> history(String district);

	/** Compare-and-set: PROPOSED → IN_FORCE, freeing the district's open slot. */
	@Update("UPDATE aid_settings_change SET status = 'IN_FORCE', decided_by = #{by}, decided_at = #{now}, "
			+ "decision_reason = #{reason}, open_key = NULL WHERE id = #{id} AND status = 'PROPOSED'")
	int approve(@Param("id") long id, @Param("by") String by, @Param("now") Instant now,
			@Param("reason") String reason);

	/** Compare-and-set: PROPOSED → REJECTED, freeing the district's open slot. */
	@Update("UPDATE aid_settings_change SET status = 'REJECTED', decided_by = #{by}, decided_at = #{now}, "
			+ "decision_reason = #{reason}, open_key = NULL WHERE id = #{id} AND status = 'PROPOSED'")
	int reject(@Param("id") long id, @Param("by") String by, @Param("now") Instant now, @Param("reason") String reason);

}
