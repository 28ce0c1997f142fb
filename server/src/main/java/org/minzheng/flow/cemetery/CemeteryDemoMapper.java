package org.minzheng.flow.cemetery;

import java.math.BigDecimal;
import java.time.Instant;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The few statements {@link CemeteryDemoData} needs: each row is looked for first. */
@Mapper
interface CemeteryDemoMapper {

	@Select("SELECT COUNT(*) FROM org_unit WHERE code = #{code}")
	int unitCount(String code);

	@Insert("INSERT INTO org_unit (code, name, level, parent_code, sort_order) "
			+ "VALUES (#{code}, #{name}, 'EXTERNAL', #{parent}, #{order})")
	int insertExternalUnit(@Param("code") String code, @Param("name") String name, @Param("parent") String parentCode,
			@Param("order") int sortOrder);

	@Select("SELECT COUNT(*) FROM cemetery_enforcement_unit WHERE district_code = #{district}")
	int enforcementUnitCount(String districtCode);

	@Insert("INSERT INTO cemetery_enforcement_unit (district_code, unit_code) VALUES (#{district}, #{unit})")
	int insertEnforcementUnit(@Param("district") String districtCode, @Param("unit") String unitCode);

	@Select("SELECT id FROM cemetery WHERE code = #{code}")
	Long cemeteryId(String code);

	@Insert("INSERT INTO cemetery (code, name, district_code, address, operator_name, operator_uscc, operator_unit_code, "
			+ "land_area_sqm, approved_plots, licence_no, licence_valid_until, commercial, updated_at) VALUES (#{c.code}, "
			+ "#{c.name}, #{c.districtCode}, #{c.address}, #{c.operatorName}, #{c.operatorUscc}, #{c.operatorUnitCode}, "
			+ "#{c.landAreaSqm}, #{c.approvedPlots}, #{c.licenceNo}, #{c.licenceValidUntil}, TRUE, #{at})")
	int insertCemetery(@Param("c") CemeteryDemoData.DemoCemetery cemetery, @Param("at") Instant updatedAt);

	@Select("SELECT COUNT(*) FROM cemetery_price_item WHERE cemetery_id = #{id}")
	int priceItemCount(long cemeteryId);

	@Insert("INSERT INTO cemetery_price_item (cemetery_id, item_code, seq, name, tier, unit, price_yuan) "
			+ "VALUES (#{id}, #{code}, #{seq}, #{name}, #{tier}, #{unit}, #{price})")
	int insertPriceItem(@Param("id") long cemeteryId, @Param("code") String itemCode, @Param("seq") int seq,
			@Param("name") String name, @Param("tier") String tier, @Param("unit") String unit,
			@Param("price") BigDecimal priceYuan);

	@Select("SELECT COUNT(*) FROM cemetery_checklist_version")
	int checklistVersionCount();

	@Insert("INSERT INTO cemetery_checklist_version (version_no, title, published_by, published_at) "
			+ "VALUES (#{no}, #{title}, 'system', #{at})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	int insertChecklistVersion(@Param("key") CemeteryDemoData.Key key, @Param("no") int versionNo,
			@Param("title") String title, @Param("at") Instant publishedAt);

	@Insert("INSERT INTO cemetery_checklist_item (version_id, item_code, seq, category, item_text) "
			+ "VALUES (#{version}, #{code}, #{seq}, #{category}, #{text})")
	int insertChecklistItem(@Param("version") long versionId, @Param("code") String itemCode, @Param("seq") int seq,
			@Param("category") String category, @Param("text") String itemText);

}
