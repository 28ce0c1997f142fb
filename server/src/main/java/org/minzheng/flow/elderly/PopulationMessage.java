package org.minzheng.flow.elderly;

import java.time.LocalDate;

/**
 * A message of the population registry (人口库) about a Shenzhen-hukou resident.
 *
 * @param messageId the registry's id of the message: a message delivered again is
 * recognised by it and changes nothing
 * @param kind what happened
 * @param idNumber the resident's citizen ID number
 * @param name the resident's name as the message carries it (compared with the
 * registry's)
 * @param birthDate the date of birth
 * @param eventDate the day of the event (the 80th birthday, the death, the move)
 * @param streetCode the street (街道) of the hukou: its clerk handles the case
 * @param bankAccount the social-security card's financial account, or {@code null} when
 * none is known
 * @param phone a mobile number for notices, or {@code null}
 * @param alreadyReceiving whether the old (application-based) register already pays the
 * resident
 */
public record PopulationMessage(String messageId, Kind kind, String idNumber, String name, LocalDate birthDate,
		LocalDate eventDate, String streetCode, String bankAccount, String phone, boolean alreadyReceiving) {

	/** What the registry reports. */
	public enum Kind {

		/** 年满80周岁. */
		REACHED_80,
		/** 死亡. */
		DEATH,
		/** 户籍迁出本市. */
		HUKOU_MOVED_OUT

	}

	/** What receiving a message did. */
	public enum Outcome {

		/** A case was opened and its process started. */
		OPENED,
		/** The resident already has a case: nothing more. */
		ALREADY_OPEN,
		/** The allowance (or the case still being decided) was stopped. */
		STOPPED,
		/** The resident's case had ended already, or there is none: nothing to stop. */
		NOTHING_TO_STOP,
		/** The message was received before: nothing changed. */
		DUPLICATE

	}

}
