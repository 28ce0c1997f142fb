package org.minzheng.flow.aid;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workbench's 社会救助 routes beside the application form, loaded directly by a browser:
 * the single page serves them (payment roster, benefit rates, reviews, spot checks,
 * temporary assistance, reserve fund, the district settings).
 */
@Controller
class AidPages {

	@GetMapping({ "/aid/rosters", "/aid/rates", "/aid/reviews", "/aid/spot-checks", "/aid/temporary", "/aid/settings",
			"/aid/reserve-fund" })
	String index() {
		return "forward:/index.html";
	}

}
