package org.minzheng.flow.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The case index ({@code case_index}). */
@Mapper
interface CaseIndexMapper {

	String COLUMNS = "case_no, kind, title, party_name, party_id, party_person, district_code, unit_code, "
			+ "other_unit_code, status, outcome, process_instance_id, started_by, started_at, closed_at";

	/**
	 * What a read returns: a person's party id is the blind index of their ID number, so
	 * the entry carries what lists show instead (masked for a person).
	 */
	String READ_COLUMNS = "case_no, kind, title, party_name, party_id_shown AS party_id, party_person, district_code, "
			+ "unit_code, other_unit_code, status, outcome, process_instance_id, started_by, started_at, closed_at";

	/** Lines and the units the reader covers in each: one OR per line. */
	String SCOPE = "<foreach item='units' index='line' collection='scope' open='(' separator=' OR ' close=')'>"
			+ "(line = #{line} AND (unit_code IN <foreach item='u' collection='units' open='(' separator=',' close=')'>#{u}</foreach>"
			+ " OR other_unit_code IN <foreach item='u' collection='units' open='(' separator=',' close=')'>#{u}</foreach>))"
			+ "</foreach>";

	String FILTERS = "<where>" + SCOPE + "<if test='f.caseNo != null'> AND case_no = #{f.caseNo}</if>"
			+ "<if test='f.namePrefix != null'> AND party_name &gt;= #{f.namePrefix} AND party_name &lt; #{f.nameUpperBound}</if>"
			+ "<if test='f.partyId != null'> AND party_id = #{f.partyId}</if>"
			+ "<if test='f.personId != null'> AND party_id = #{f.personId,typeHandler=blindIndex}</if>"
			+ "<if test='f.unit != null'> AND (unit_code = #{f.unit} OR other_unit_code = #{f.unit})</if>"
			+ "<if test='f.from != null'> AND started_at &gt;= #{f.from}</if>"
			+ "<if test='f.to != null'> AND started_at &lt; #{f.to}</if>"
			+ "<if test='f.outcome != null'> AND outcome = #{f.outcome}</if>"
			+ "<if test='f.startedBy != null'> AND started_by = #{f.startedBy}</if>" + "</where>";

	@Select("<script>SELECT " + READ_COLUMNS + " FROM case_index " + FILTERS
			+ " ORDER BY started_at DESC, case_no DESC LIMIT #{limit} OFFSET #{offset}</script>")
	List<CaseEntry> search(@Param("f") CaseFilter filter, @Param("scope") Map<String, Collection<String>> scope,
			@Param("offset") long offset, @Param("limit") int limit);

	@Select("<script>SELECT COUNT(*) FROM case_index " + FILTERS + "</script>")
	long count(@Param("f") CaseFilter filter, @Param("scope") Map<String, Collection<String>> scope);

	@Select("SELECT line, unit_code, other_unit_code FROM case_index WHERE case_no = #{caseNo}")
	Place find(String caseNo);

	@Select("SELECT COUNT(*) FROM case_index WHERE started_by = #{username}")
	long countStartedBy(String username);

	@Select("<script>SELECT case_no FROM case_index WHERE case_no IN "
			+ "<foreach item='n' collection='numbers' open='(' separator=',' close=')'>#{n}</foreach></script>")
	List<String> present(@Param("numbers") Collection<String> numbers);

	@Select("SELECT COUNT(*) FROM case_index WHERE line = #{line}")
	long countOfLine(String line);

	@Update("UPDATE case_index SET line = #{line}, kind = #{e.kind}, title = #{e.title}, "
			+ "party_name = #{e.partyName}, party_id = #{partyId}, party_id_shown = #{shown}, party_person = #{e.partyPerson}, district_code = #{e.districtCode}, "
			+ "unit_code = #{e.unitCode}, other_unit_code = #{e.otherUnitCode}, status = #{e.status}, "
			+ "outcome = #{e.outcome}, process_instance_id = #{e.processInstanceId}, started_by = #{e.startedBy}, "
			+ "started_at = #{e.startedAt}, closed_at = #{e.closedAt}, indexed_at = #{at} WHERE case_no = #{e.caseNo}")
	int update(@Param("line") String line, @Param("e") CaseEntry entry, @Param("partyId") String storedPartyId,
			@Param("shown") String shown, @Param("at") Instant at);

	@Insert("INSERT INTO case_index (line, " + COLUMNS + ", party_id_shown, indexed_at) VALUES (#{line}, "
			+ "#{e.caseNo}, #{e.kind}, #{e.title}, #{e.partyName}, #{partyId}, #{e.partyPerson}, #{e.districtCode}, #{e.unitCode}, "
			+ "#{e.otherUnitCode}, #{e.status}, #{e.outcome}, #{e.processInstanceId}, #{e.startedBy}, "
			+ "#{e.startedAt}, #{e.closedAt}, #{shown}, #{at})")
	void insert(@Param("line") String line, @Param("e") CaseEntry entry, @Param("partyId") String storedPartyId,
			@Param("shown") String shown, @Param("at") Instant at);

	@Delete("DELETE FROM case_index WHERE case_no = #{caseNo}")
	int delete(String caseNo);

	/** What to look for; {@code null} fields do not filter. */
	record CaseFilter(String caseNo, String namePrefix, String nameUpperBound, String partyId, String personId,
			String unit, Instant from, Instant to, String outcome, String startedBy) {
	}

	/** Where an indexed case lives: its line and units. */
	record Place(String line, String unitCode, String otherUnitCode) {
	}

}
