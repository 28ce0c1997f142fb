package org.minzheng.flow.aid;

import java.time.Instant;
import java.time.LocalDate;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The import batches of beneficiaries taken over from the old system (存量对象). */
@Mapper
interface AidLegacyMapper {

	/** The day the batch was imported, or {@code null} when it was not. */
	@Select("SELECT anchor_date FROM aid_legacy_import WHERE batch = #{batch}")
	LocalDate anchor(String batch);

	@Insert("INSERT INTO aid_legacy_import (batch, anchor_date, households, imported_at) "
			+ "VALUES (#{batch}, #{anchor}, #{households}, #{now})")
	void insert(@Param("batch") String batch, @Param("anchor") LocalDate anchor, @Param("households") int households,
			@Param("now") Instant now);

}
