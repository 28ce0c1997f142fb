package org.minzheng.flow.charity;

import java.time.Instant;
import java.time.LocalDate;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The few statements {@link CharityDemoData} needs: each row is looked for first. */
@Mapper
interface CharityDemoMapper {

	@Select("SELECT COUNT(*) FROM org_unit WHERE code = #{code}")
	int unitCount(String code);

	@Insert("INSERT INTO org_unit (code, name, level, parent_code, sort_order) "
			+ "VALUES (#{code}, #{name}, 'EXTERNAL', #{parent}, #{order})")
	int insertExternalUnit(@Param("code") String code, @Param("name") String name, @Param("parent") String parentCode,
			@Param("order") int sortOrder);

	@Select("SELECT COUNT(*) FROM charity_trustee WHERE unit_code = #{unit}")
	int trusteeCount(String unitCode);

	@Insert("INSERT INTO charity_trustee (unit_code, name, uscc, trustee_type) VALUES (#{unit}, #{name}, #{uscc}, #{type})")
	int insertTrustee(@Param("unit") String unitCode, @Param("name") String name, @Param("uscc") String uscc,
			@Param("type") String trusteeType);

	@Select("SELECT COUNT(*) FROM charity_organisation WHERE uscc = #{uscc}")
	int charityCount(String uscc);

	@Insert("INSERT INTO charity_organisation (uscc, name, registrar_code, source, charity_since, certificate_no, created_at) "
			+ "VALUES (#{uscc}, #{name}, #{registrar}, 'REGISTERED', #{since}, #{certificate}, #{at})")
	int insertRegisteredCharity(@Param("uscc") String uscc, @Param("name") String name,
			@Param("registrar") String registrarCode, @Param("since") LocalDate charitySince,
			@Param("certificate") String certificateNo, @Param("at") Instant at);

}
