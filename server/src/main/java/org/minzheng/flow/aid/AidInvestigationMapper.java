package org.minzheng.flow.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The home-investigation record of a case (入户调查). */
@Mapper
interface AidInvestigationMapper {

	/** The record itself. */
	record Investigation(String investigatorKind, String investigator1, String investigator2, String organisation,
			LocalDate visitedOn, String housing, String incomeSources, String health, String notes, String recordedBy,
			Instant recordedAt) {
	}

	/** A neighbour visited. */
	record Neighbour(String name, String relation, String statement) {
	}

	@Insert("INSERT INTO aid_home_investigation (application_id, investigator_kind, investigator_1, investigator_2, "
			+ "organisation, visited_on, housing, income_sources, health, notes, recorded_by, recorded_at) VALUES "
			+ "(#{applicationId}, #{i.investigatorKind}, #{i.investigator1}, #{i.investigator2}, #{i.organisation}, "
			+ "#{i.visitedOn}, #{i.housing}, #{i.incomeSources}, #{i.health}, #{i.notes}, #{i.recordedBy}, "
			+ "#{i.recordedAt})")
	void insert(@Param("applicationId") long applicationId, @Param("i") Investigation investigation);

	@Insert("INSERT INTO aid_investigation_neighbour (application_id, name, relation, statement) "
			+ "VALUES (#{applicationId}, #{n.name}, #{n.relation}, #{n.statement})")
	void insertNeighbour(@Param("applicationId") long applicationId, @Param("n") Neighbour neighbour);

	@Insert("INSERT INTO aid_investigation_photo (application_id, attachment_id) VALUES (#{applicationId}, #{id})")
	void insertPhoto(@Param("applicationId") long applicationId, @Param("id") long attachmentId);

	@Delete("DELETE FROM aid_home_investigation WHERE application_id = #{applicationId}")
	void delete(long applicationId);

	@Delete("DELETE FROM aid_investigation_neighbour WHERE application_id = #{applicationId}")
	void deleteNeighbours(long applicationId);

	@Delete("DELETE FROM aid_investigation_photo WHERE application_id = #{applicationId}")
	void deletePhotos(long applicationId);

	@Select("SELECT investigator_kind, investigator_1, investigator_2, organisation, visited_on, housing, "
			+ "income_sources, health, notes, recorded_by, recorded_at FROM aid_home_investigation "
			+ "WHERE application_id = #{applicationId}")
	Investigation find(long applicationId);

	@Select("SELECT name, relation, statement FROM aid_investigation_neighbour WHERE application_id = #{applicationId} "
			+ "ORDER BY id")
	List<Neighbour> neighbours(long applicationId);

	@Select("SELECT attachment_id FROM aid_investigation_photo WHERE application_id = #{applicationId} "
			+ "ORDER BY attachment_id")
	List<Long> photos(long applicationId);

}
