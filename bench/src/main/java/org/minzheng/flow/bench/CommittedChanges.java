package org.minzheng.flow.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import org.minzheng.flow.shared.CaseChanged;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells a driver waiting for something to happen to its case on another thread (the
 * registry's answer) when a transaction that changed the case has committed, so that it
 * looks once per change instead of polling the database: the application publishes
 * {@link CaseChanged} inside every transaction that changes a case (an audited action, a
 * task opened).
 */
final class CommittedChanges implements ApplicationListener<ApplicationEvent> {

	private final Map<String, Semaphore> watched = new ConcurrentHashMap<>();

	/** Starts watching the case: each committed change adds one permit. */
	Semaphore watch(String caseRef) {
		return watched.computeIfAbsent(caseRef, ref -> new Semaphore(0));
	}

	void unwatch(String caseRef) {
		watched.remove(caseRef);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (!(event instanceof PayloadApplicationEvent<?> payload)
				|| !(payload.getPayload() instanceof CaseChanged changed) || !watched.containsKey(changed.caseRef())) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			signal(changed.caseRef());
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				signal(changed.caseRef());
			}
		});
	}

	private void signal(String caseRef) {
		Semaphore semaphore = watched.get(caseRef);
		if (semaphore != null) {
			semaphore.release();
		}
	}

}
