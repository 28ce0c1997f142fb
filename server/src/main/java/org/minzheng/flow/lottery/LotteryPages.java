package org.minzheng.flow.lottery;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workbench's lottery routes, loaded directly by a browser: the single page serves
 * them.
 */
@Controller
class LotteryPages {

	@GetMapping({ "/public/lottery", "/public/lottery/{areaCode}", "/lottery/my", "/lottery/areas",
			"/lottery/areas/{areaCode}" })
	String index() {
		return "forward:/index.html";
	}

}
