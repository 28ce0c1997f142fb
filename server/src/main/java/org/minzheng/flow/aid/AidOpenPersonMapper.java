package org.minzheng.flow.aid;

import java.time.Instant;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The "one open application per person" guard ({@code aid_open_person}): its primary key
 * on the ID number refuses a second claim, even from a concurrent transaction.
 */
@Mapper
interface AidOpenPersonMapper {

	/** Who holds a person: the open application's number and competent street. */
	record Holder(String applicationNo, String streetCode) {
	}

	/**
	 * Claims a person for an application.
	 * @throws org.springframework.dao.DuplicateKeyException when another open application
	 * holds the person
	 */
	@Insert("INSERT INTO aid_open_person (id_number_bidx, application_id, application_no, street_code, claimed_at) "
			+ "VALUES (#{idNumber,typeHandler=blindIndex}, #{applicationId}, #{applicationNo}, #{streetCode}, #{now})")
	void claim(@Param("idNumber") String idNumber, @Param("applicationId") long applicationId,
			@Param("applicationNo") String applicationNo, @Param("streetCode") String streetCode,
			@Param("now") Instant now);

	/**
	 * The holder of a person, by a locking read so that it sees a claim committed after
	 * this transaction began.
	 */
	@Select("SELECT application_no, street_code FROM aid_open_person WHERE id_number_bidx = #{idNumber,typeHandler=blindIndex} FOR UPDATE")
	Holder holder(String idNumber);

	/** The application closed: its members may apply again. */
	@Delete("DELETE FROM aid_open_person WHERE application_id = #{applicationId}")
	int release(long applicationId);

}
