package org.minzheng.flow.carehome;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workbench's care-home routes, loaded directly by a browser: the single page serves
 * them (the public waitlist without sign-in, as the security configuration lets it).
 */
@Controller
class CareHomePages {

	@GetMapping({ "/public/carehome", "/public/carehome/{home}", "/carehome" })
	String index() {
		return "forward:/index.html";
	}

}
