package org.minzheng.flow.aid.review;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workbench's pages of a beneficiary's life after approval (periodic reviews, spot
 * checks), loaded directly by a browser: the single page serves them.
 */
@Controller
class AidLifePages {

	@GetMapping({ "/aid/reviews", "/aid/spot-checks" })
	String index() {
		return "forward:/index.html";
	}

}
