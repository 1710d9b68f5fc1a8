package org.holdfast.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The two pages every member agrees to at sign-up: the privacy notice (every item of data
 * Holdfast stores, why, and for how long) and the community guidelines.
 */
@Controller
class PolicyController {

	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute("items", PrivacyNotice.keys());
		return "account/privacy";
	}

	@GetMapping("/guidelines")
	String guidelines() {
		return "account/guidelines";
	}

}
