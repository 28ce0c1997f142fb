package org.minzheng.flow.aid.review;

import java.util.List;

import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The periodic reviews (动态复核) a user's streets hold; each case opens on the case page.
 */
@RestController
class ReviewController {

	private final ReviewService reviews;

	ReviewController(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/aid/reviews")
	List<Review> list(@RequestParam(required = false) Boolean open, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return reviews.visible(CurrentUser.get(), open, page, size);
	}

}
