package org.minzheng.flow.processadmin;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ProcessChangeMapper {

	String COLUMNS = "id, process_key, variant, base_definition_id, resource_name, content_sha256, change_note, status, "
			+ "requested_by, requested_at, decided_by, decided_at, decision_reason, deployed_definition_id";

	@Insert("INSERT INTO process_change (process_key, variant, base_definition_id, resource_name, bpmn_xml, content_sha256, "
			+ "change_note, status, requested_by, requested_at) VALUES (#{processKey}, #{variant}, #{baseDefinitionId}, "
			+ "#{resourceName}, #{xml}, #{sha256}, #{changeNote}, 'PENDING', #{requestedBy}, #{requestedAt})")
	@Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
	void insert(NewChange change);

	@Select("SELECT " + COLUMNS + " FROM process_change WHERE id = #{id}")
	ProcessChange find(long id);

	@Select("<script>SELECT COUNT(*) FROM process_change WHERE process_key = #{processKey} AND status = 'PENDING' AND "
			+ "<choose><when test='variant == null'>variant IS NULL</when><otherwise>variant = #{variant}</otherwise></choose></script>")
	int countPending(@Param("processKey") String processKey, @Param("variant") String variant);

	@Select("SELECT " + COLUMNS + " FROM process_change ORDER BY id DESC LIMIT 200")
	List<ProcessChange> recent();

	/** The XML, wrapped: MyBatis would map a bare String result column by column. */
	@Select("SELECT bpmn_xml FROM process_change WHERE id = #{id}")
	Xml xml(long id);

	record Xml(String bpmnXml) {
	}

	@Insert("INSERT INTO process_change_resource (change_id, kind, name, content, content_sha256) "
			+ "VALUES (#{changeId}, #{kind}, #{name}, #{content}, #{sha256})")
	void insertResource(@Param("changeId") long changeId, @Param("kind") String kind, @Param("name") String name,
			@Param("content") String content, @Param("sha256") String sha256);

	/** The forms and decisions that travel with a change, forms first, by name. */
	@Select("SELECT kind, name, content, content_sha256 FROM process_change_resource WHERE change_id = #{changeId} "
			+ "ORDER BY kind DESC, name")
	List<ChangeResource> resources(long changeId);

	/**
	 * A form ({@code FORM}, name = form id) or decision file ({@code DMN}) of a change.
	 */
	record ChangeResource(String kind, String name, String content, String contentSha256) {

		static final String FORM = "FORM";

		static final String DMN = "DMN";

	}

	/** Compare-and-set from PENDING: exactly one decision wins. */
	@Update("UPDATE process_change SET status = #{status}, decided_by = #{by}, decided_at = #{at}, "
			+ "decision_reason = #{reason} WHERE id = #{id} AND status = 'PENDING'")
	int decide(@Param("id") long id, @Param("status") String status, @Param("by") String by, @Param("at") Instant at,
			@Param("reason") String reason);

	@Update("UPDATE process_change SET deployed_definition_id = #{definitionId} WHERE id = #{id}")
	void setDeployed(@Param("id") long id, @Param("definitionId") String definitionId);

	@Insert("INSERT INTO process_migration (process_key, from_definition_id, to_definition_id, migrated_by, migrated_at, "
			+ "migrated, refused, report) VALUES (#{processKey}, #{fromId}, #{toId}, #{by}, #{at}, #{migrated}, #{refused}, "
			+ "#{report})")
	void insertMigration(@Param("processKey") String processKey, @Param("fromId") String fromId,
			@Param("toId") String toId, @Param("by") String by, @Param("at") Instant at,
			@Param("migrated") int migrated, @Param("refused") int refused, @Param("report") String report);

	/** A change to insert. */
	final class NewChange {

		Long id;

		final String processKey;

		final String variant;

		final String baseDefinitionId;

		final String resourceName;

		final String xml;

		final String sha256;

		final String changeNote;

		final String requestedBy;

		final Instant requestedAt;

		NewChange(String processKey, String variant, String baseDefinitionId, String resourceName, String xml,
				String sha256, String changeNote, String requestedBy, Instant requestedAt) {
			this.processKey = processKey;
			this.variant = variant;
			this.baseDefinitionId = baseDefinitionId;
			this.resourceName = resourceName;
			this.xml = xml;
			this.sha256 = sha256;
			this.changeNote = changeNote;
			this.requestedBy = requestedBy;
			this.requestedAt = requestedAt;
		}

	}

}
