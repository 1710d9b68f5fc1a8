package org.holdfast.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what Holdfast is, that it is not a crisis service, and the way to help.
 */
@Controller
class WelcomeController {

	static final String VIEW = "welcome";

	@GetMapping("/")
	String welcome() {
		return VIEW;
	}

}
