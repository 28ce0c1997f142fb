package org.minzheng.flow.lottery;

import java.util.List;

import org.minzheng.flow.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only queue of every area: no sign-in (see {@code SecurityConfig}), GET
 * only, names and application numbers masked. Anyone may read the event log with its
 * hashes and have the server replay it.
 */
@RestController
class PublicQueueController {

	static final int MAX_EVENTS = 1000;

	private final QueueViews views;

	private final QueueVerifier verifier;

	PublicQueueController(QueueViews views, QueueVerifier verifier) {
		this.views = views;
		this.verifier = verifier;
	}

	@Access(anonymous = true)
	@GetMapping("/api/public/lottery/areas")
	List<QueueViews.AreaSummary> areas() {
		return views.areas();
	}

	@Access(anonymous = true)
	@GetMapping("/api/public/lottery/areas/{areaCode}")
	QueueViews.QueueView queue(@PathVariable String areaCode) {
		return views.of(areaCode, true);
	}

	@Access(anonymous = true)
	@GetMapping("/api/public/lottery/areas/{areaCode}/events")
	List<QueueEvent> events(@PathVariable String areaCode, @RequestParam(defaultValue = "0") long afterSeq,
			@RequestParam(defaultValue = "200") int limit) {
		return views.events(areaCode, Math.max(0, afterSeq), Math.max(1, Math.min(limit, MAX_EVENTS)), true);
	}

	@Access(anonymous = true)
	@GetMapping("/api/public/lottery/areas/{areaCode}/verification")
	QueueVerification verify(@PathVariable String areaCode) {
		return QueueViews.masked(verifier.verify(areaCode));
	}

}
