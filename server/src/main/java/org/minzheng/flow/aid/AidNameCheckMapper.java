package org.minzheng.flow.aid;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The population registry's name check of each member (aid_name_check). */
@Mapper
interface AidNameCheckMapper {

	/** A member's check with the member's current name, ID number and relation. */
	record Check(long memberId, long applicationId, String name, org.minzheng.flow.shared.SealedText idNumber,
			String relation, String result, Instant checkedAt, String resolution, String resolutionReason,
			String documentNo, String resolvedBy, String resolvedOrgUnit, Instant resolvedAt) {

		/** Not confirmed by the registry and not resolved by staff. */
		boolean flagged() {
			return !AidNameChecks.Result.CONFIRMED.name().equals(result) && resolution == null;
		}

	}

	@Insert("INSERT INTO aid_name_check (member_id, application_id, result, checked_at) "
			+ "VALUES (#{memberId}, #{applicationId}, #{result}, #{at})")
	void insert(@Param("memberId") long memberId, @Param("applicationId") long applicationId,
			@Param("result") String result, @Param("at") Instant at);

	@Select("SELECT c.member_id, c.application_id, m.name, m.id_number, m.relation, c.result, c.checked_at, "
			+ "c.resolution, c.resolution_reason, c.document_no, c.resolved_by, c.resolved_org_unit, c.resolved_at "
			+ "FROM aid_name_check c JOIN aid_member m ON m.id = c.member_id "
			+ "WHERE c.application_id = #{applicationId} ORDER BY c.member_id")
	List<Check> checks(long applicationId);

	@Select("SELECT COUNT(*) FROM aid_name_check WHERE application_id = #{applicationId} "
			+ "AND result <> 'CONFIRMED' AND resolution IS NULL")
	int unresolved(long applicationId);

	/** A new answer of the registry for a flag still open (compare-and-set). */
	@Update("UPDATE aid_name_check SET result = #{result}, checked_at = #{at} WHERE member_id = #{memberId} "
			+ "AND application_id = #{applicationId} AND result <> 'CONFIRMED' AND resolution IS NULL")
	int recheck(@Param("memberId") long memberId, @Param("applicationId") long applicationId,
			@Param("result") String result, @Param("at") Instant at);

	/** Resolves a flag still open (compare-and-set). */
	@Update("UPDATE aid_name_check SET resolution = #{resolution}, resolution_reason = #{reason}, "
			+ "document_no = #{documentNo}, resolved_by = #{by}, resolved_org_unit = #{orgUnit}, resolved_at = #{at} "
			+ "WHERE member_id = #{memberId} AND application_id = #{applicationId} AND result <> 'CONFIRMED' "
			+ "AND resolution IS NULL")
	int resolve(@Param("memberId") long memberId, @Param("applicationId") long applicationId,
			@Param("resolution") String resolution, @Param("reason") String reason,
			@Param("documentNo") String documentNo, @Param("by") String by, @Param("orgUnit") String orgUnit,
			@Param("at") Instant at);

	@Update("UPDATE aid_member SET name = #{name} WHERE id = #{memberId}")
	int rename(@Param("memberId") long memberId, @Param("name") String name);

}
