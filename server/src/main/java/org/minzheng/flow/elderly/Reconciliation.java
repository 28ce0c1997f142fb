package org.minzheng.flow.elderly;

import java.time.Clock;
import java.time.YearMonth;

import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The monthly reconciliation with the registry: the first run in a month (the working-day
 * timer runs every working morning) asks the registry for everyone who reached 80 in the
 * month before and receives a message for each, so that a lost message still opens its
 * case; residents with a case are not opened twice ({@link RegistryMessages}).
 */
@Service
public class Reconciliation {

	private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

	private final SeniorRegistry registry;

	private final RegistryMessages messages;

	private final ElderlyMapper mapper;

	private final Clock clock;

	Reconciliation(SeniorRegistry registry, RegistryMessages messages, ElderlyMapper mapper, Clock clock) {
		this.registry = registry;
		this.messages = messages;
		this.mapper = mapper;
		this.clock = clock;
	}

	/** Reconciles the month before, unless done already. */
	public void reconcileOnce() {
		YearMonth previous = YearMonth.now(clock.withZone(WorkingDayCalendar.ZONE)).minusMonths(1);
		if (mapper.reconciled(previous.toString()) == 0) {
			reconcile(previous);
		}
	}

	/**
	 * Receives, for everyone the registry says reached 80 in the month, the message it
	 * sent (as {@code RC:<its id>}, so that it is received once however often this runs).
	 * @return how many cases it opened
	 */
	public int reconcile(YearMonth month) {
		var residents = registry.reachedEighty(month);
		int opened = 0;
		for (PopulationMessage m : residents) {
			PopulationMessage again = new PopulationMessage("RC:" + m.messageId(), m.kind(), m.idNumber(), m.name(),
					m.birthDate(), m.eventDate(), m.streetCode(), m.bankAccount(), m.phone(), m.alreadyReceiving());
			if (messages.receive(again) == PopulationMessage.Outcome.OPENED) {
				opened++;
			}
		}
		if (mapper.reconciled(month.toString()) == 0) {
			mapper.reconciliation(month.toString(), residents.size(), opened, clock.instant());
		}
		log.info("高龄津贴 reconciliation of {}: {} residents reached 80, {} cases opened", month, residents.size(),
				opened);
		return opened;
	}

}
