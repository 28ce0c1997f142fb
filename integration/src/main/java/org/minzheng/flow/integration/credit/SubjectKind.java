package org.minzheng.flow.integration.credit;

/** Whom a credit check is about: a person (citizen ID number) or an entity (USCC). */
public enum SubjectKind {

	PERSON, ENTITY

}
