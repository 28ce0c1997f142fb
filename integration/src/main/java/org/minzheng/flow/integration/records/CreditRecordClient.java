package org.minzheng.flow.integration.records;

/** The credit and criminal-record check. Synchronous. */
public interface CreditRecordClient {

	/**
	 * Checks one subject.
	 * @param kind person or entity
	 * @param subjectId 18-character citizen ID number or unified social credit code
	 * @param idempotencyKey business key + ":" + activity id
	 * @throws org.minzheng.flow.integration.RegistryException subtypes when the registry
	 * fails
	 */
	CreditRecord check(SubjectKind kind, String subjectId, String idempotencyKey);

}
