package org.minzheng.flow.org;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface OrgUnitMapper {

	@Select("SELECT code, name, level, parent_code FROM org_unit ORDER BY level, parent_code, sort_order")
	List<OrgUnit> findAll();

}
