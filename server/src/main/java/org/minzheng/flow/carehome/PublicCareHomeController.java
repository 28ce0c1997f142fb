package org.minzheng.flow.carehome;

import java.util.List;

import org.minzheng.flow.security.Access;
import org.minzheng.flow.shared.queue.ChainVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only waitlist of every public care home: no sign-in (see
 * {@code SecurityConfig}), GET only, names and application numbers masked. Anyone may
 * read the event log with its hashes and have the server replay it.
 */
@RestController
class PublicCareHomeController {

	static final int MAX_EVENTS = 1000;

	private final CareQueueViews views;

	private final CareQueueVerifier verifier;

	PublicCareHomeController(CareQueueViews views, CareQueueVerifier verifier) {
		this.views = views;
		this.verifier = verifier;
	}

	@Access(anonymous = true)
	@GetMapping("/api/public/carehome/homes")
	List<CareQueueViews.HomeSummary> homes() {
		return views.homes();
	}

	@Access(anonymous = true)
	@GetMapping("/api/public/carehome/homes/{homeCode}")
	CareQueueViews.QueueView queue(@PathVariable String homeCode) {
		return views.of(homeCode, true);
	}

	@Access(anonymous = true)
	@GetMapping("/api/public/carehome/homes/{homeCode}/events")
	List<CareQueueViews.EventView> events(@PathVariable String homeCode,
			@RequestParam(defaultValue = "0") long afterSeq, @RequestParam(defaultValue = "200") int limit) {
		return views.events(homeCode, Math.max(0, afterSeq), Math.max(1, Math.min(limit, MAX_EVENTS)), true);
	}

	@Access(anonymous = true)
	@GetMapping("/api/public/carehome/homes/{homeCode}/verification")
	ChainVerification verify(@PathVariable String homeCode) {
		return verifier.verify(homeCode).masked();
	}

}
