package org.minzheng.flow.aid;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Every application number, for the case index. */
@Mapper
interface AidCaseNumbers {

	@Select("<script>SELECT application_no FROM aid_application <if test='after != null'>WHERE application_no &gt; #{after}</if>"
			+ " ORDER BY application_no LIMIT #{limit}</script>")
	List<String> after(@Param("after") String after, @Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM aid_application")
	long count();

}
