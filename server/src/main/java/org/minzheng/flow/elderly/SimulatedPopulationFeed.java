package org.minzheng.flow.elderly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.minzheng.flow.shared.CitizenIdNumber;
import org.springframework.stereotype.Component;

/**
 * The population registry's message feed, simulated: it emits "reached 80" (and death,
 * moved-out) messages and answers the monthly query with every resident it announced,
 * including those whose message was lost ({@link #announce} without delivery). ID numbers
 * follow the simulated registry's rules ({@code SimulatedPopulationRegistryClient}): a
 * {@code 4403…} number is a Shenzhen hukou of the district of its first six digits, the
 * sequence {@code 990} a recorded death, and a name containing 冒 does not match.
 */
@Component
public class SimulatedPopulationFeed implements SeniorRegistry {

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

	private final Map<YearMonth, Map<String, PopulationMessage>> announced = new ConcurrentHashMap<>();

	private final RegistryMessages messages;

	SimulatedPopulationFeed(RegistryMessages messages) {
		this.messages = messages;
	}

	/**
	 * A valid citizen ID number: the region (6 digits), the date of birth, a sequence
	 * (001–989 for a living person, 990 for a recorded death) and the check character.
	 */
	public static String idNumber(String region, LocalDate birthDate, int sequence) {
		String first17 = region + birthDate.format(BIRTH) + String.format("%03d", sequence);
		return first17 + CitizenIdNumber.checkCharacter(first17);
	}

	/** Remembers the message for the monthly query, without delivering it (lost). */
	public void announce(PopulationMessage message) {
		if (message.kind() == PopulationMessage.Kind.REACHED_80) {
			announced.computeIfAbsent(YearMonth.from(message.eventDate()), m -> new ConcurrentHashMap<>())
				.put(message.idNumber(), message);
		}
	}

	/** Announces and delivers the message. */
	public PopulationMessage.Outcome emit(PopulationMessage message) {
		announce(message);
		return messages.receive(message);
	}

	@Override
	public List<PopulationMessage> reachedEighty(YearMonth month) {
		return new ArrayList<>(announced.getOrDefault(month, Map.of()).values());
	}

}
