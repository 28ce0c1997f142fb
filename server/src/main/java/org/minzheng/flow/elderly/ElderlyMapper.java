package org.minzheng.flow.elderly;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The 高龄津贴 tables. Status changes are compare-and-set on the status read before. */
@Mapper
interface ElderlyMapper {

	/** Holder for a generated id. */
	final class Key {

		public Long id;

	}

	/** A new case, before it has its number. */
	record NewAllowance(String idIndex, String idNumber, String residentName, LocalDate birthDate, String streetCode,
			String districtCode, String bankAccount, String phone, boolean alreadyReceiving, String messageId,
			Instant receivedAt) {
	}

	@Insert("INSERT INTO elderly_allowance (id_index, id_number, resident_name, birth_date, street_code, district_code,"
			+ " bank_account, phone, already_receiving, moved_out, status, message_id, received_at) VALUES (#{a.idIndex},"
			+ " #{a.idNumber}, #{a.residentName}, #{a.birthDate}, #{a.streetCode}, #{a.districtCode}, #{a.bankAccount},"
			+ " #{a.phone}, #{a.alreadyReceiving}, FALSE, 'RECEIVED', #{a.messageId}, #{a.receivedAt})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insert(@Param("key") Key key, @Param("a") NewAllowance allowance);

	@Update("UPDATE elderly_allowance SET case_no = #{caseNo}, process_instance_id = #{processInstanceId} WHERE id = #{id}")
	void number(@Param("id") long id, @Param("caseNo") String caseNo,
			@Param("processInstanceId") String processInstanceId);

	@Select("SELECT * FROM elderly_allowance WHERE id = #{id}")
	Allowance find(long id);

	@Select("SELECT * FROM elderly_allowance WHERE case_no = #{caseNo}")
	Allowance byNo(String caseNo);

	@Select("SELECT * FROM elderly_allowance WHERE id_index = #{idIndex}")
	Allowance byResident(String idIndex);

	@Update("UPDATE elderly_allowance SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int move(@Param("id") long id, @Param("from") AllowanceStatus from, @Param("to") AllowanceStatus to);

	@Update("UPDATE elderly_allowance SET decision_inputs = #{inputs}, unclear_reason = #{unclearReason} WHERE id = #{id}")
	void checked(@Param("id") long id, @Param("inputs") String inputs, @Param("unclearReason") String unclearReason);

	@Update("UPDATE elderly_allowance SET eligibility = #{eligibility}, monthly_amount_fen = #{amountFen},"
			+ " decision_version = #{version}, decided_at = #{at} WHERE id = #{id}")
	void decided(@Param("id") long id, @Param("eligibility") String eligibility, @Param("amountFen") long amountFen,
			@Param("version") String version, @Param("at") Instant at);

	@Update("UPDATE elderly_allowance SET status = 'GRANTED', decided_by = #{by}, pay_from = #{payFrom}"
			+ " WHERE id = #{id} AND status = #{from}")
	int grant(@Param("id") long id, @Param("from") AllowanceStatus from, @Param("by") String by,
			@Param("payFrom") String payFrom);

	@Update("UPDATE elderly_allowance SET reviewed_by = #{user}, review_opinion = #{opinion} WHERE id = #{id}")
	void reviewed(@Param("id") long id, @Param("user") String user, @Param("opinion") String opinion);

	@Update("UPDATE elderly_allowance SET status = #{to}, pay_until = #{payUntil}, stop_reason = #{reason}"
			+ " WHERE id = #{id} AND status = #{from}")
	int stop(@Param("id") long id, @Param("from") AllowanceStatus from, @Param("to") AllowanceStatus to,
			@Param("payUntil") String payUntil, @Param("reason") String reason);

	@Update("UPDATE elderly_allowance SET moved_out = TRUE WHERE id = #{id}")
	void movedOut(long id);

	@Update("UPDATE elderly_allowance SET bank_account = #{account} WHERE id = #{id}")
	void bankAccount(@Param("id") long id, @Param("account") String sealedAccount);

	@Update("UPDATE elderly_allowance SET closed_at = #{at} WHERE id = #{id} AND closed_at IS NULL")
	void closed(@Param("id") long id, @Param("at") Instant at);

	// ---- registry messages ----

	@Select("SELECT COUNT(*) FROM elderly_registry_message WHERE message_id = #{messageId}")
	int messageSeen(String messageId);

	@Insert("INSERT INTO elderly_registry_message (message_id, kind, id_index, event_date, case_no, outcome, received_at)"
			+ " VALUES (#{messageId}, #{kind}, #{idIndex}, #{eventDate}, #{caseNo}, #{outcome}, #{at})")
	void message(@Param("messageId") String messageId, @Param("kind") String kind, @Param("idIndex") String idIndex,
			@Param("eventDate") LocalDate eventDate, @Param("caseNo") String caseNo, @Param("outcome") String outcome,
			@Param("at") Instant at);

	// ---- SMS ----

	@Insert("INSERT INTO elderly_sms (case_no, phone, text, sent_at) VALUES (#{caseNo}, #{phone}, #{text}, #{at})")
	void sms(@Param("caseNo") String caseNo, @Param("phone") String sealedPhone, @Param("text") String text,
			@Param("at") Instant at);

	/** A text sent to a resident. */
	record Sms(String caseNo, String text, Instant sentAt) {
	}

	@Select("SELECT case_no, text, sent_at FROM elderly_sms WHERE case_no = #{caseNo} ORDER BY id")
	List<Sms> smsOf(String caseNo);

	// ---- lists, roster, figures ----

	String IN_UNIT = "(street_code = #{unit} OR district_code = #{unit} OR #{unit} = '440300')";

	@Select("<script>SELECT * FROM elderly_allowance WHERE " + IN_UNIT
			+ "<if test='status != null'> AND status = #{status}</if> AND case_no IS NOT NULL"
			+ " ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}</script>")
	List<Allowance> list(@Param("unit") String unit, @Param("status") AllowanceStatus status, @Param("limit") int limit,
			@Param("offset") int offset);

	@Select("<script>SELECT COUNT(*) FROM elderly_allowance WHERE " + IN_UNIT
			+ "<if test='status != null'> AND status = #{status}</if> AND case_no IS NOT NULL</script>")
	long count(@Param("unit") String unit, @Param("status") AllowanceStatus status);

	/**
	 * Who is paid in the month or was paid in the month before: a month is paid from
	 * {@code pay_from} through {@code pay_until} (open when null).
	 */
	@Select("SELECT * FROM elderly_allowance WHERE " + IN_UNIT + " AND pay_from IS NOT NULL AND pay_from <= #{month}"
			+ " AND (pay_until IS NULL OR pay_until >= #{previous}) ORDER BY street_code, case_no")
	List<Allowance> roster(@Param("unit") String unit, @Param("month") String month,
			@Param("previous") String previous);

	/** Counts by status and decider, for the dashboard. */
	record Figure(String status, String decidedBy, long n) {
	}

	@Select("SELECT status, decided_by, COUNT(*) AS n FROM elderly_allowance WHERE " + IN_UNIT
			+ " GROUP BY status, decided_by")
	List<Figure> figures(@Param("unit") String unit);

	// ---- the case index ----

	@Select("<script>SELECT case_no FROM elderly_allowance WHERE case_no IS NOT NULL"
			+ "<if test='after != null'> AND case_no &gt; #{after}</if> ORDER BY case_no LIMIT #{limit}</script>")
	List<String> caseNumbers(@Param("after") String after, @Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM elderly_allowance WHERE case_no IS NOT NULL")
	long caseCount();

	// ---- reconciliation ----

	@Select("SELECT COUNT(*) FROM elderly_reconciliation WHERE reconciled_month = #{month}")
	int reconciled(String month);

	@Insert("INSERT INTO elderly_reconciliation (reconciled_month, found, opened, done_at) VALUES (#{month}, #{found}, #{opened}, #{at})")
	void reconciliation(@Param("month") String month, @Param("found") int found, @Param("opened") int opened,
			@Param("at") Instant at);

}
