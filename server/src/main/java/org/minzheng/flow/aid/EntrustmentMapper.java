package org.minzheng.flow.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface EntrustmentMapper {

	/** Row without its streets. */
	record Row(long id, String districtCode, String benefitType, boolean allStreets, String documentNo,
			LocalDate effectiveFrom, LocalDate effectiveTo, String createdBy, Instant createdAt, Instant revokedAt,
			String revokedBy, String revokeReason) {
	}

	@Insert("INSERT INTO aid_entrustment (district_code, benefit_type, all_streets, document_no, effective_from, effective_to, "
			+ "created_by, created_at) VALUES (#{district}, #{type}, #{all}, #{doc}, #{from}, #{to}, #{by}, #{now})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insert(@Param("key") AidMapper.Key key, @Param("district") String district, @Param("type") String benefitType,
			@Param("all") boolean allStreets, @Param("doc") String documentNo, @Param("from") LocalDate from,
			@Param("to") LocalDate to, @Param("by") String by, @Param("now") Instant now);

	@Insert("INSERT INTO aid_entrustment_street (entrustment_id, street_code) VALUES (#{id}, #{street})")
	void insertStreet(@Param("id") long id, @Param("street") String street);

	@Select("SELECT * FROM aid_entrustment WHERE district_code = #{district} ORDER BY id DESC")
	List<Row> forDistrict(String district);

	@Select("SELECT * FROM aid_entrustment WHERE district_code = #{district} AND benefit_type = #{type} "
			+ "AND revoked_at IS NULL ORDER BY id DESC")
	List<Row> activeFor(@Param("district") String district, @Param("type") String benefitType);

	@Select("SELECT * FROM aid_entrustment WHERE id = #{id}")
	Row find(long id);

	@Select("SELECT street_code FROM aid_entrustment_street WHERE entrustment_id = #{id} ORDER BY street_code")
	List<String> streets(long id);

	@Update("UPDATE aid_entrustment SET revoked_at = #{now}, revoked_by = #{by}, revoke_reason = #{reason} "
			+ "WHERE id = #{id} AND revoked_at IS NULL")
	int revoke(@Param("id") long id, @Param("now") Instant now, @Param("by") String by, @Param("reason") String reason);

}
