package org.holdfast.article;

import org.holdfast.system.PageNumber;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editors' front page: what is waiting for review, every article in any state, and
 * the way to paths, topics and contributors.
 */
@Controller
class EditorHomeController {

	static final int PAGE_SIZE = 50;

	private final ArticleRepository articles;

	EditorHomeController(ArticleRepository articles) {
		this.articles = articles;
	}

	@GetMapping("/editor")
	String index(@RequestParam(defaultValue = "1") String page, Model model) {
		model.addAttribute("waiting", this.articles.findByWorkflowSubmittedRevisionIsNotNullOrderByUpdatedAtAscIdAsc());
		model.addAttribute("articles", this.articles
			.findAllByOrderByUpdatedAtDescIdDesc(PageRequest.of(PageNumber.fromOne(page) - 1, PAGE_SIZE)));
		return "editor/index";
	}

}
