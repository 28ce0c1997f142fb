package org.minzheng.flow.org;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface OrgDivisionMapper {

	/** One row of {@code org_division}. */
	record Row(String businessLine, String unitKey, String nameZh, String nameEn) {
	}

	@Select("SELECT business_line, unit_key, name_zh, name_en FROM org_division")
	List<Row> findAll();

}
