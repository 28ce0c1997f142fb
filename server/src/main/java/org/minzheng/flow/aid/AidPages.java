package org.minzheng.flow.aid;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workbench's 社会救助 routes beside the application form, loaded directly by a browser:
 * the single page serves them (the payment roster, the benefit rates).
 */
@Controller
class AidPages {

	@GetMapping({ "/aid/rosters", "/aid/rates" })
	String index() {
		return "forward:/index.html";
	}

}
