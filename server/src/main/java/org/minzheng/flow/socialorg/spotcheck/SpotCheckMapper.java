package org.minzheng.flow.socialorg.spotcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.minzheng.flow.socialorg.OrganisationMapper;

/** Spot-check plans with their recorded draw, and the checked organisations. */
@Mapper
public interface SpotCheckMapper {

	@Insert("INSERT INTO so_spot_check (check_no, registrar_code, title, seed, organisation_count, inspector_count, "
			+ "org_candidates, inspector_candidates, drawn_organisations, drawn_inspectors, accounting_firm_code, "
			+ "created_by, created_at) VALUES (#{c.checkNo}, #{c.registrarCode}, #{c.title}, #{c.seed}, "
			+ "#{c.organisationCount}, #{c.inspectorCount}, #{c.orgCandidates}, #{c.inspectorCandidates}, "
			+ "#{c.drawnOrganisations}, #{c.drawnInspectors}, #{c.accountingFirmCode}, #{c.createdBy}, #{c.createdAt})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insert(@Param("key") OrganisationMapper.Key key, @Param("c") SpotCheck check);

	@Update("UPDATE so_spot_check SET check_no = #{no} WHERE id = #{id}")
	void setNumber(@Param("id") long id, @Param("no") String no);

	@Select("SELECT * FROM so_spot_check WHERE check_no = #{no}")
	SpotCheck findByNo(String no);

	@Select("SELECT * FROM so_spot_check WHERE id = #{id}")
	SpotCheck find(long id);

	@Insert("INSERT INTO so_spot_check_item (item_no, spot_check_id, organisation_id, status) "
			+ "VALUES (#{no}, #{checkId}, #{organisationId}, 'IN_PROGRESS')")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertItem(@Param("key") OrganisationMapper.Key key, @Param("no") String no, @Param("checkId") long checkId,
			@Param("organisationId") long organisationId);

	@Update("UPDATE so_spot_check_item SET process_instance_id = #{pi} WHERE id = #{id}")
	void setItemProcess(@Param("id") long id, @Param("pi") String pi);

	@Select("SELECT * FROM so_spot_check_item WHERE id = #{id}")
	SpotCheckItem findItem(long id);

	@Select("SELECT * FROM so_spot_check_item WHERE item_no = #{no}")
	SpotCheckItem findItemByNo(String no);

	@Select("SELECT * FROM so_spot_check_item WHERE spot_check_id = #{checkId} ORDER BY id")
	List<SpotCheckItem> items(long checkId);

	@Update("UPDATE so_spot_check_item SET findings = #{findings} WHERE id = #{id}")
	void setFindings(@Param("id") long id, @Param("findings") String findings);

	@Update("UPDATE so_spot_check_item SET status = 'RECTIFYING', rectification_due = #{due} WHERE id = #{id}")
	void orderRectification(@Param("id") long id, @Param("due") LocalDate due);

	@Update("UPDATE so_spot_check_item SET status = 'CLOSED', result = #{result}, published_at = #{now} "
			+ "WHERE id = #{id} AND result IS NULL")
	int publishResult(@Param("id") long id, @Param("result") String result, @Param("now") Instant now);

	@Select("<script>SELECT i.item_no, o.name, o.uscc, i.result, i.published_at, c.check_no FROM so_spot_check_item i "
			+ "JOIN so_spot_check c ON c.id = i.spot_check_id JOIN so_organisation o ON o.id = i.organisation_id "
			+ "WHERE i.result IS NOT NULL<if test='registrar != null'> AND c.registrar_code = #{registrar}</if> "
			+ "ORDER BY i.published_at DESC, i.id LIMIT 500</script>")
	List<PublishedResult> published(@Param("registrar") String registrar);

	/**
	 * Users who may be drawn as inspectors: the registrar's own reviewers (the inspection
	 * task's group), enabled.
	 */
	@Select("SELECT DISTINCT u.username FROM app_user u JOIN role_assignment r ON r.user_id = u.id "
			+ "WHERE r.org_unit_code = #{registrar} AND r.role = 'REVIEWER' AND r.business_line = 'socialorg' AND u.enabled = TRUE "
			+ "ORDER BY u.username")
	List<String> inspectorCandidates(String registrar);

	/** A published spot-check result (双随机一公开). */
	record PublishedResult(String itemNo, String name, String uscc, String result, Instant publishedAt,
			String checkNo) {
	}

}
