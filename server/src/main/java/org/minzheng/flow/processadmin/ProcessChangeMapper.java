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
			+ "requested_by, requested_at, decided_by, decided_at, decision_reason, deployed_definition_id, kind";

	@Insert("INSERT INTO process_change (process_key, variant, base_definition_id, resource_name, bpmn_xml, content_sha256, "
			+ "change_note, status, requested_by, requested_at, kind) VALUES (#{processKey}, #{variant}, #{baseDefinitionId}, "
			+ "#{resourceName}, #{xml}, #{sha256}, #{changeNote}, 'PENDING', #{requestedBy}, #{requestedAt}, #{kind})")
	@Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
	void insert(NewChange change);

	@Select("SELECT " + COLUMNS + " FROM process_change WHERE id = #{id}")
	ProcessChange find(long id);

	/**
	 * Pending proposals that stand in the way of a new one for the process's city version
	 * ({@code variant} null) or a district's variant: one for the same version, or a
	 * retirement of the process.
	 */
	@Select("<script>SELECT COUNT(*) FROM process_change WHERE process_key = #{processKey} AND status = 'PENDING' AND "
			+ "(kind = 'RETIRE' OR <choose><when test='variant == null'>variant IS NULL</when>"
			+ "<otherwise>variant = #{variant}</otherwise></choose>)</script>")
	int countPending(@Param("processKey") String processKey, @Param("variant") String variant);

	/** Pending proposals of any kind for the process, its variants included. */
	@Select("SELECT COUNT(*) FROM process_change WHERE process_key = #{processKey} AND status = 'PENDING'")
	int countPendingAll(String processKey);

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

	/** Records a process as retired (the primary key keeps it to once). */
	@Insert("INSERT INTO process_retirement (process_key, change_id, retired_at) VALUES (#{processKey}, #{changeId}, #{at})")
	void insertRetirement(@Param("processKey") String processKey, @Param("changeId") long changeId,
			@Param("at") Instant at);

	@Select("SELECT COUNT(*) FROM process_retirement WHERE process_key = #{processKey}")
	int countRetired(String processKey);

	/** Every retired process with the proposal that retired it. */
	@Select("SELECT r.process_key, r.change_id, r.retired_at, c.requested_by, c.decided_by, c.change_note "
			+ "FROM process_retirement r JOIN process_change c ON c.id = r.change_id ORDER BY r.process_key")
	List<Retirement> retirements();

	/**
	 * A retired process: since when, by whose proposal and approval, and why.
	 */
	record Retirement(String processKey, long changeId, Instant retiredAt, String requestedBy, String decidedBy,
			String changeNote) {
	}

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

		final ProcessChange.Kind kind;

		NewChange(ProcessChange.Kind kind, String processKey, String variant, String baseDefinitionId,
				String resourceName, String xml, String sha256, String changeNote, String requestedBy,
				Instant requestedAt) {
			this.kind = kind;
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
