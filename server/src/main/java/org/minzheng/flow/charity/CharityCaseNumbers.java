package org.minzheng.flow.charity;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Every charity case number, for the case index. */
@Mapper
interface CharityCaseNumbers {

	String ALL = "SELECT recognition_no AS n FROM charity_recognition WHERE recognition_no LIKE 'CH-%' "
			+ "UNION ALL SELECT qualification_no FROM charity_fundraising WHERE qualification_no LIKE 'CH-%' "
			+ "UNION ALL SELECT filing_no FROM charity_trust_filing WHERE filing_no LIKE 'CTF-%'";

	@Select("<script>SELECT n FROM (" + ALL + ") c <if test='after != null'>WHERE n &gt; #{after}</if>"
			+ " ORDER BY n LIMIT #{limit}</script>")
	List<String> after(@Param("after") String after, @Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM (" + ALL + ") c")
	long count();

}
