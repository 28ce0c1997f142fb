package org.minzheng.flow.cases;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.shared.SealedText;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.shared.CaseChanged;
import org.minzheng.flow.shared.PersonalDataCrypto;
import org.minzheng.flow.shared.StartupLock;
import org.minzheng.flow.shared.TransactionReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code case_index} equal to what the features' tables say. A case that changed in
 * a transaction ({@link CaseChanged}: every audited action names its case, every opened
 * task too) is read again from its feature once, just before the transaction commits, so
 * the entry commits or rolls back with the change; not when the transaction wrote none of
 * the tables the feature names for its entry ({@link CaseFeature#entryTables}). At start
 * the index is filled for any line whose feature holds cases the index lacks (an upgrade,
 * rows loaded by SQL).
 */
@Service
@Order(10)
public class CaseIndex implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CaseIndex.class);

	private static final int BATCH = 500;

	private final CaseIndexMapper index;

	private final List<CaseFeature> features;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final StartupLock lock;

	private final PersonalDataCrypto crypto;

	CaseIndex(CaseIndexMapper index, List<CaseFeature> features, Clock clock, TransactionTemplate transactions,
			StartupLock lock, PersonalDataCrypto crypto) {
		this.crypto = crypto;
		this.index = index;
		this.features = features;
		this.clock = clock;
		this.transactions = transactions;
		this.lock = lock;
	}

	/** The feature whose kinds include the number's prefix. */
	public Optional<CaseFeature> featureOf(String caseNo) {
		if (caseNo == null) {
			return Optional.empty();
		}
		CaseFeature best = null;
		int bestLength = -1;
		for (CaseFeature feature : features) {
			for (CaseKind kind : feature.kinds()) {
				if (caseNo.startsWith(kind.prefix()) && kind.prefix().length() > bestLength) {
					best = feature;
					bestLength = kind.prefix().length();
				}
			}
		}
		return Optional.ofNullable(best);
	}

	@EventListener
	void changed(CaseChanged event) {
		touch(event.caseRef());
	}

	/**
	 * Refreshes the case's entry before the current transaction commits (at once outside
	 * a transaction). Numbers no feature owns (batches, campaigns without a case page)
	 * are ignored.
	 */
	public void touch(String caseNo) {
		if (caseNo == null || featureOf(caseNo).isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			refresh(caseNo);
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.cases.add(caseNo);
	}

	/** Reads the case from its feature and writes (or removes) its entry now. */
	public void refresh(String caseNo) {
		Optional<CaseFeature> feature = featureOf(caseNo);
		if (feature.isEmpty()) {
			return;
		}
		Optional<CaseEntry> entry = feature.get().entry(caseNo);
		if (entry.isEmpty()) {
			index.delete(caseNo);
			return;
		}
		write(feature.get().line(), entry.get());
	}

	/**
	 * Refreshes the entry unless this transaction wrote none of the tables it is made of
	 * (a task claimed, a work item opened: the entry reads as before).
	 */
	private void refreshIfWritten(String caseNo) {
		Optional<CaseFeature> feature = featureOf(caseNo);
		if (feature.isPresent() && !feature.get().entryTables().isEmpty()
				&& !TransactionReads.wrote(feature.get().entryTables())) {
			return;
		}
		refresh(caseNo);
	}

	private void write(BusinessLine line, CaseEntry entry) {
		// a person's ID number is stored as its blind index, an organisation's code as it
		// is (computed here, so the statements stay static)
		String stored = entry.partyPerson() ? crypto.blindIndex(entry.partyId()) : entry.partyId();
		if (index.update(line.code(), entry, stored, shown(entry), clock.instant()) == 0) {
			try {
				index.insert(line.code(), entry, stored, shown(entry), clock.instant());
			}
			catch (DuplicateKeyException ex) {
				index.update(line.code(), entry, stored, shown(entry), clock.instant());
			}
		}
	}

	/**
	 * Fills the index for every line whose feature holds more cases than the index (at
	 * start, one node at a time).
	 */
	@Override
	public void run(ApplicationArguments args) {
		lock.run("the case index", this::fillMissing);
	}

	/**
	 * Indexes the cases that the index lacks, for each feature that holds more cases than
	 * the index has of its line; returns how many.
	 */
	public int fillMissing() {
		int filled = 0;
		// a line may have several features (aid: applications, temporary assistance,
		// reviews, spot checks): the index is complete for a line when it holds all of
		// them
		Map<BusinessLine, Long> held = new EnumMap<>(BusinessLine.class);
		for (CaseFeature feature : features) {
			held.merge(feature.line(), feature.caseCount(), Long::sum);
		}
		for (CaseFeature feature : features) {
			if (held.get(feature.line()) <= index.countOfLine(feature.line().code())) {
				continue;
			}
			String after = null;
			List<String> numbers;
			do {
				numbers = feature.caseNumbers(after, BATCH);
				List<String> batch = numbers;
				if (!batch.isEmpty()) {
					Integer written = transactions.execute(status -> {
						Set<String> known = new HashSet<>(index.present(batch));
						int n = 0;
						for (String caseNo : batch) {
							if (!known.contains(caseNo)) {
								refresh(caseNo);
								n++;
							}
						}
						return n;
					});
					filled += written == null ? 0 : written;
					after = batch.get(batch.size() - 1);
				}
			}
			while (numbers.size() == BATCH);
		}
		if (filled > 0) {
			log.info("Case index: {} cases indexed from the features' tables", filled);
		}
		return filled;
	}

	/** The cases a transaction changed, refreshed once each before it commits. */
	private final class Pending implements TransactionSynchronization {

		final Set<String> cases = new LinkedHashSet<>();

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE + 1;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			while (!cases.isEmpty()) {
				List<String> due = List.copyOf(cases);
				cases.clear();
				due.forEach(CaseIndex.this::refreshIfWritten);
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(CaseIndex.this);
		}

	}

	/** What lists show of the party's id: a person's masked, an organisation's code. */
	private static String shown(CaseEntry entry) {
		return entry.partyPerson() ? SealedText.mask(entry.partyId()) : entry.partyId();
	}

}
