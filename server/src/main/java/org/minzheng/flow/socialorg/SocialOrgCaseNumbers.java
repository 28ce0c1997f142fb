package org.minzheng.flow.socialorg;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Every socialorg case number, for the case index. */
@Mapper
interface SocialOrgCaseNumbers {

	String ALL = "SELECT registration_no AS n FROM so_registration WHERE registration_no LIKE 'SO-%' "
			+ "UNION ALL SELECT report_no FROM so_annual_report " + "UNION ALL SELECT item_no FROM so_spot_check_item "
			+ "UNION ALL SELECT alteration_no FROM so_alteration WHERE alteration_no LIKE 'SO-%' "
			+ "UNION ALL SELECT case_no FROM so_exit_candidate "
			+ "UNION ALL SELECT listing_no FROM so_credit_listing WHERE listing_no LIKE 'SO-%'";

	@Select("<script>SELECT n FROM (" + ALL + ") c <if test='after != null'>WHERE n &gt; #{after}</if>"
			+ " ORDER BY n LIMIT #{limit}</script>")
	List<String> after(@Param("after") String after, @Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM (" + ALL + ") c")
	long count();

}
