package org.minzheng.flow.elderly;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workbench's 高龄津贴 routes, loaded directly by a browser: the single page serves them.
 */
@Controller
class ElderlyPages {

	@GetMapping({ "/elderly", "/elderly/allowances/{caseNo}" })
	String index() {
		return "forward:/index.html";
	}

}
