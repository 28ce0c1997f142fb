package org.minzheng.flow.integration.credit;

/**
 * The public credit platform (信用中国（广东）/ 公共信用信息平台), everything the bureau does with it:
 * checks a subject's credit and criminal records, reports records of dishonest conduct,
 * and publishes moves on the social organisations' credit lists. Synchronous; every call
 * carries an idempotency key, and a repeated key is harmless (the platform answers with
 * its first answer).
 */
public interface CreditPlatformClient {

	/**
	 * Checks one subject's credit and criminal records (违法犯罪记录查询), e.g. of a
	 * welfare-lottery outlet applicant.
	 * @param kind person or entity
	 * @param subjectId 18-character citizen ID number or unified social credit code
	 * @param idempotencyKey business key + ":" + activity id
	 * @return what the platform holds about the subject
	 * @throws org.minzheng.flow.integration.RegistryException subtypes when the platform
	 * fails or refuses
	 */
	CreditCheckResult check(SubjectKind kind, String subjectId, String idempotencyKey);

	/**
	 * Reports a record of dishonest conduct about a legal entity (失信记录), e.g. a
	 * commercial cemetery found unqualified in its annual inspection.
	 * @param record what to record
	 * @param idempotencyKey business key + ":" + activity id
	 * @return the platform's receipt
	 * @throws org.minzheng.flow.integration.RegistryException subtypes when the platform
	 * fails or refuses
	 */
	CreditReceipt report(CreditRecord record, String idempotencyKey);

	/**
	 * Publishes one move on a social organisations' credit list (abnormal activity,
	 * serious violation, or removal).
	 * @param entry the move
	 * @param idempotencyKey {@code credit-transition:<id>}
	 * @return the platform's receipt number
	 * @throws org.minzheng.flow.integration.RegistryException subtypes when the platform
	 * fails or refuses
	 */
	String publish(CreditListEntry entry, String idempotencyKey);

}
