package org.minzheng.flow.aid.temporary;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The streets' reserve funds and their entries (SQL in ReserveFundMapper.xml). */
@Mapper
interface ReserveFundMapper {

	/** Holder for generated keys. */
	final class Key {

		public Long id;

	}

	/** A fund's balance (in fen). */
	record Fund(String streetCode, String districtCode, long balanceFen) {
	}

	/** One movement of a fund, with the balance after it. */
	record Entry(long id, String streetCode, String kind, long amountFen, long balanceAfterFen, String caseNo,
			String reason, String createdBy, Instant createdAt) {
	}

	@Select("SELECT * FROM aid_reserve_fund WHERE street_code = #{street}")
	Fund find(String street);

	@Insert("INSERT INTO aid_reserve_fund (street_code, district_code, balance_fen) VALUES (#{street}, #{district}, 0)")
	void create(@Param("street") String street, @Param("district") String district);

	/**
	 * Draws the amount down only if the balance covers it: one statement, so that
	 * concurrent payments can never take the balance below zero (the row lock serialises
	 * them; the loser sees 0 rows).
	 */
	@Update("UPDATE aid_reserve_fund SET balance_fen = balance_fen - #{amount} "
			+ "WHERE street_code = #{street} AND balance_fen >= #{amount}")
	int drawDown(@Param("street") String street, @Param("amount") long amountFen);

	@Update("UPDATE aid_reserve_fund SET balance_fen = balance_fen + #{amount} WHERE street_code = #{street}")
	int add(@Param("street") String street, @Param("amount") long amountFen);

	/** The balance as this transaction sees it (right after its own update). */
	@Select("SELECT balance_fen FROM aid_reserve_fund WHERE street_code = #{street}")
	long balance(String street);

	@Insert("INSERT INTO aid_reserve_entry (street_code, kind, amount_fen, balance_after_fen, case_no, reason, created_by, created_at) "
			+ "VALUES (#{street}, #{kind}, #{amount}, #{after}, #{caseNo}, #{reason}, #{by}, #{at})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertEntry(@Param("key") Key key, @Param("street") String street, @Param("kind") String kind,
			@Param("amount") long amountFen, @Param("after") long balanceAfterFen, @Param("caseNo") String caseNo,
			@Param("reason") String reason, @Param("by") String by, @Param("at") Instant at);

	List<Entry> entries(@Param("street") String street, @Param("from") Instant from, @Param("to") Instant to,
			@Param("limit") int limit);

	/** The newest entries first. */
	List<Entry> latest(@Param("street") String street, @Param("limit") int limit);

	/** The balance after the last entry before {@code before}, or 0. */
	long balanceBefore(@Param("street") String street, @Param("before") Instant before);

}
