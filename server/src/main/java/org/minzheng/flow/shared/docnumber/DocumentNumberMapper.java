package org.minzheng.flow.shared.docnumber;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The issuers' abbreviations and the yearly sequences. */
@Mapper
interface DocumentNumberMapper {

	@Select("SELECT abbreviation FROM doc_number_issuer WHERE unit_code = #{unitCode}")
	String abbreviation(@Param("unitCode") String unitCode);

	/**
	 * Takes the next number: the update holds the row's lock until the transaction ends.
	 */
	@Update("UPDATE doc_number_sequence SET last_no = last_no + 1"
			+ " WHERE unit_code = #{unitCode} AND kind = #{kind} AND year_no = #{year}")
	int next(@Param("unitCode") String unitCode, @Param("kind") String kind, @Param("year") int year);

	@Select("SELECT last_no FROM doc_number_sequence WHERE unit_code = #{unitCode} AND kind = #{kind}"
			+ " AND year_no = #{year}")
	Integer last(@Param("unitCode") String unitCode, @Param("kind") String kind, @Param("year") int year);

	/** The year's first number; a concurrent first fails on the primary key. */
	@Insert("INSERT INTO doc_number_sequence (unit_code, kind, year_no, last_no)"
			+ " VALUES (#{unitCode}, #{kind}, #{year}, 0)")
	int start(@Param("unitCode") String unitCode, @Param("kind") String kind, @Param("year") int year);

}
