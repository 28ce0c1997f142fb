package org.minzheng.flow.elderly;

import java.time.Clock;
import java.util.regex.Pattern;

import org.minzheng.flow.elderly.PopulationMessage.Outcome;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.PersonalDataCrypto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The population registry's messages, each received once by its id: a resident reached 80
 * (a case opens and its process starts: no application, 无感申办), died or moved the hukou
 * out of the city (payment stops from the next month). A message delivered again, or two
 * deliveries racing, is recorded once and changes nothing.
 */
@Service
public class RegistryMessages {

	private static final Logger log = LoggerFactory.getLogger(RegistryMessages.class);

	private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9:._-]{1,64}");

	private final ElderlyMapper mapper;

	private final Allowances allowances;

	private final PersonalDataCrypto crypto;

	private final OrgDirectory orgs;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RegistryMessages(ElderlyMapper mapper, Allowances allowances, PersonalDataCrypto crypto, OrgDirectory orgs,
			TransactionTemplate transactions, Clock clock) {
		this.mapper = mapper;
		this.allowances = allowances;
		this.crypto = crypto;
		this.orgs = orgs;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Receives one message in its own transaction.
	 * @throws ApiException 400 for a message that cannot be read (no id, a bad ID number,
	 * an unknown street)
	 */
	public Outcome receive(PopulationMessage message) {
		check(message);
		try {
			return transactions.execute(status -> receiveOnce(message));
		}
		catch (DuplicateKeyException ex) {
			// the same message (or a second birthday message of the resident) racing
			// another delivery: the other one won
			log.info("Registry message {} raced another delivery: nothing changed", message.messageId());
			return Outcome.DUPLICATE;
		}
	}

	private Outcome receiveOnce(PopulationMessage message) {
		if (mapper.messageSeen(message.messageId()) > 0) {
			return Outcome.DUPLICATE;
		}
		String index = crypto.blindIndex(message.idNumber());
		Allowance existing = mapper.byResident(index);
		Outcome outcome;
		String caseNo = existing == null ? null : existing.caseNo();
		switch (message.kind()) {
			case REACHED_80 -> {
				if (existing != null) {
					outcome = Outcome.ALREADY_OPEN;
				}
				else {
					caseNo = allowances.open(message, index);
					outcome = Outcome.OPENED;
				}
			}
			default -> outcome = existing != null && allowances.stop(existing, message.kind(), message.eventDate())
					? Outcome.STOPPED : Outcome.NOTHING_TO_STOP;
		}
		mapper.message(message.messageId(), message.kind().name(), index, message.eventDate(), caseNo, outcome.name(),
				clock.instant());
		return outcome;
	}

	private void check(PopulationMessage message) {
		if (message == null || message.messageId() == null || !MESSAGE_ID.matcher(message.messageId()).matches()) {
			throw ApiException.badRequest("MESSAGE_ID_INVALID", "messageId", "消息编号缺失或格式不正确");
		}
		if (message.kind() == null || message.eventDate() == null) {
			throw ApiException.badRequest("MESSAGE_INCOMPLETE", "kind", "消息类型和日期不能为空");
		}
		if (message.idNumber() == null || CitizenIdNumber.problem(message.idNumber()).isPresent()) {
			throw ApiException.badRequest("ID_NUMBER_INVALID", "idNumber", "身份证号码不正确");
		}
		if (message.kind() == PopulationMessage.Kind.REACHED_80) {
			if (message.name() == null || message.name().isBlank() || message.name().length() > 50
					|| message.birthDate() == null) {
				throw ApiException.badRequest("MESSAGE_INCOMPLETE", "name", "消息须有姓名和出生日期");
			}
			if (message.streetCode() == null || orgs.find(message.streetCode()).isEmpty()
					|| message.streetCode().length() != 9) {
				throw ApiException.badRequest("STREET_UNKNOWN", "streetCode", "户籍所在街道不存在");
			}
		}
	}

}
