package org.minzheng.flow.socialorg.annual;

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

/** Annual-report campaigns and reports. */
@Mapper
public interface AnnualReportMapper {

	@Insert("INSERT INTO so_annual_campaign (report_year, registrar_code, deadline, reminder_on, status, opened_by, "
			+ "opened_at) VALUES (#{year}, #{registrar}, #{deadline}, #{reminder}, 'OPENING', #{by}, #{now})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertCampaign(@Param("key") OrganisationMapper.Key key, @Param("year") int year,
			@Param("registrar") String registrar, @Param("deadline") LocalDate deadline,
			@Param("reminder") LocalDate reminder, @Param("by") String by, @Param("now") Instant now);

	@Select("SELECT COUNT(*) FROM so_annual_campaign WHERE registrar_code = #{registrar} AND report_year = #{year}")
	int countCampaigns(@Param("registrar") String registrar, @Param("year") int year);

	@Select("SELECT * FROM so_annual_campaign WHERE id = #{id}")
	AnnualCampaign findCampaign(long id);

	@Update("UPDATE so_annual_campaign SET status = 'OPEN', case_count = #{count} WHERE id = #{id}")
	void campaignOpened(@Param("id") long id, @Param("count") int count);

	@Insert("INSERT INTO so_annual_report (report_no, campaign_id, organisation_id, status) "
			+ "VALUES (#{no}, #{campaignId}, #{organisationId}, 'OPEN')")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertReport(@Param("key") OrganisationMapper.Key key, @Param("no") String no,
			@Param("campaignId") long campaignId, @Param("organisationId") long organisationId);

	@Update("UPDATE so_annual_report SET process_instance_id = #{pi} WHERE id = #{id}")
	void setProcessInstance(@Param("id") long id, @Param("pi") String pi);

	@Select("SELECT * FROM so_annual_report WHERE id = #{id}")
	AnnualReport find(long id);

	@Select("SELECT * FROM so_annual_report WHERE report_no = #{no}")
	AnnualReport findByNo(String no);

	@Update("UPDATE so_annual_report SET status = 'SUBMITTED', submitted_at = #{now}, late = #{late}, "
			+ "summary = #{summary}, audit_report_no = #{audit} WHERE id = #{id} AND status IN ('OPEN', 'OVERDUE')")
	int submit(@Param("id") long id, @Param("now") Instant now, @Param("late") boolean late,
			@Param("summary") String summary, @Param("audit") String auditReportNo);

	@Update("UPDATE so_annual_report SET status = 'SUBMITTED', summary = #{summary} "
			+ "WHERE id = #{id} AND status = 'CORRECTION_ORDERED'")
	int corrected(@Param("id") long id, @Param("summary") String summary);

	@Update("UPDATE so_annual_report SET correction_note = #{note} WHERE id = #{id}")
	void setCorrectionNote(@Param("id") long id, @Param("note") String note);

	@Update("UPDATE so_annual_report SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int transition(@Param("id") long id, @Param("from") String from, @Param("to") String to);

	@Update("UPDATE so_annual_report SET status = #{to}, closed_at = #{now} WHERE id = #{id}")
	void close(@Param("id") long id, @Param("to") String to, @Param("now") Instant now);

	/** Open campaigns whose reminder day has come and whose deadline has not passed. */
	@Select("SELECT * FROM so_annual_campaign WHERE status = 'OPEN' AND reminded_at IS NULL "
			+ "AND reminder_on <= #{today} AND deadline >= #{today}")
	List<AnnualCampaign> dueReminders(LocalDate today);

	/** Open campaigns whose deadline has passed and whose cases have not been told. */
	@Select("SELECT * FROM so_annual_campaign WHERE status = 'OPEN' AND deadline_processed_at IS NULL "
			+ "AND deadline < #{today}")
	List<AnnualCampaign> pastDeadline(LocalDate today);

	@Update("UPDATE so_annual_campaign SET reminded_at = #{now} WHERE id = #{id} AND reminded_at IS NULL")
	int markReminded(@Param("id") long id, @Param("now") Instant now);

	@Update("UPDATE so_annual_campaign SET deadline_processed_at = #{now} WHERE id = #{id} "
			+ "AND deadline_processed_at IS NULL")
	int markDeadlineProcessed(@Param("id") long id, @Param("now") Instant now);

	@Select("SELECT report_no FROM so_annual_report WHERE campaign_id = #{campaignId} AND status = 'OPEN' ORDER BY id")
	List<String> openReportNos(long campaignId);

}
