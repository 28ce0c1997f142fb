package org.minzheng.flow.charity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workbench's charity routes, loaded directly by a browser: the single page serves
 * them ({@code /public/charity} without signing in, see {@code SecurityConfig}).
 */
@Controller
class CharityPages {

	@GetMapping({ "/charity", "/charity/trusts/new", "/charity/trusts/{no}", "/charity/cases/{no}", "/public/charity" })
	String index() {
		return "forward:/index.html";
	}

}
