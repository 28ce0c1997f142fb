package org.minzheng.flow.aid;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Lists of cases: the auditor's search and a clerk's 我发起. */
@Mapper
interface AidCaseMapper {

	String FROM = "FROM aid_application a LEFT JOIN aid_member m ON m.id = a.applicant_member_id ";

	String SCOPE = "(a.competent_street_code IN <foreach item='c' collection='scope' open='(' separator=',' close=')'>#{c}</foreach>"
			+ " OR a.intake_street_code IN <foreach item='c' collection='scope' open='(' separator=',' close=')'>#{c}</foreach>)";

	String FILTERS = "<where>" + SCOPE
			+ "<if test='f.applicationNo != null'> AND a.application_no = #{f.applicationNo}</if>"
			+ "<if test='f.namePrefix != null'> AND m.name &gt;= #{f.namePrefix} AND m.name &lt; #{f.nameUpperBound}</if>"
			+ "<if test='f.idNumber != null'> AND m.id_number = #{f.idNumber}</if>"
			+ "<if test='f.street != null'> AND (a.competent_street_code = #{f.street} OR a.intake_street_code = #{f.street})</if>"
			+ "<if test='f.from != null'> AND a.submitted_at &gt;= #{f.from}</if>"
			+ "<if test='f.to != null'> AND a.submitted_at &lt; #{f.to}</if>"
			+ "<if test='f.statuses != null'> AND a.status IN <foreach item='s' collection='f.statuses' open='(' separator=',' close=')'>#{s}</foreach></if>"
			+ "<if test='f.submittedBy != null'> AND a.submitted_by = #{f.submittedBy}</if>" + "</where>";

	@Select("<script>SELECT a.application_no, a.benefit_type, m.name AS applicant_name, m.id_number AS applicant_id_number, "
			+ "a.district_code, a.competent_street_code, a.intake_street_code, a.status, a.decision, a.submitted_by, "
			+ "a.submitted_at, a.closed_at " + FROM + FILTERS
			+ " ORDER BY a.submitted_at DESC, a.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
	List<CaseRow> search(@Param("f") CaseFilter filter, @Param("scope") Collection<String> scope,
			@Param("offset") int offset, @Param("limit") int limit);

	@Select("<script>SELECT COUNT(*) " + FROM + FILTERS + "</script>")
	long count(@Param("f") CaseFilter filter, @Param("scope") Collection<String> scope);

	/** One row of a case list, before masking. */
	record CaseRow(String applicationNo, String benefitType, String applicantName, String applicantIdNumber,
			String districtCode, String competentStreetCode, String intakeStreetCode, String status, String decision,
			String submittedBy, Instant submittedAt, Instant closedAt) {
	}

	/** What to look for; {@code null} fields do not filter. */
	record CaseFilter(String applicationNo, String namePrefix, String nameUpperBound, String idNumber, String street,
			Instant from, Instant to, List<String> statuses, String submittedBy) {
	}

}
