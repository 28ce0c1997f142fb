package org.minzheng.flow.attachment;

import org.apache.ibatis.annotations.Param;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Select;

@Mapper
interface AttachmentMapper {

	/**
	 * Stores an attachment in slot {@code slot} of its case: a slot another upload took
	 * first fails on the unique index ({@code DuplicateKeyException}).
	 */
	@Insert("INSERT INTO case_attachment (case_ref, slot, file_name, content_type, size_bytes, sha256, content, "
			+ "uploaded_by, uploaded_org_unit, uploaded_at) VALUES (#{attachment.caseRef}, #{slot}, "
			+ "#{attachment.fileName}, #{attachment.contentType}, #{attachment.size}, #{attachment.sha256}, "
			+ "#{attachment.content}, #{attachment.uploadedBy}, #{attachment.uploadedOrgUnit}, #{attachment.uploadedAt})")
	@Options(useGeneratedKeys = true, keyProperty = "attachment.id", keyColumn = "id")
	void insert(@Param("attachment") NewAttachment attachment, @Param("slot") int slot);

	@Select("SELECT id, case_ref, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_org_unit, uploaded_at "
			+ "FROM case_attachment WHERE case_ref = #{caseRef} ORDER BY id")
	List<Attachment> forCase(String caseRef);

	@Select("SELECT id, case_ref, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_org_unit, uploaded_at "
			+ "FROM case_attachment WHERE id = #{id}")
	Attachment find(long id);

	/**
	 * The bytes, wrapped: MyBatis reads a bare {@code byte[]} return as one row per byte.
	 */
	@Select("SELECT content FROM case_attachment WHERE id = #{id}")
	Content content(long id);

	/** The stored bytes of an attachment. */
	record Content(byte[] content) {
	}

	@Select("SELECT COUNT(*) FROM case_attachment WHERE case_ref = #{caseRef}")
	int countForCase(String caseRef);

}
