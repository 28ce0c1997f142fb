package org.minzheng.flow.cemetery;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Every cemetery case number (district campaigns and inspections), for the case index.
 */
@Mapper
interface CemeteryCaseNumbers {

	String ALL = "SELECT campaign_no AS n FROM cemetery_campaign UNION ALL SELECT inspection_no FROM cemetery_inspection";

	@Select("<script>SELECT n FROM (" + ALL + ") c <if test='after != null'>WHERE n &gt; #{after}</if>"
			+ " ORDER BY n LIMIT #{limit}</script>")
	List<String> after(@Param("after") String after, @Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM (" + ALL + ") c")
	long count();

}
