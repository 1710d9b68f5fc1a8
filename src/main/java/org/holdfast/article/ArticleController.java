package org.holdfast.article;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.holdfast.markdown.Markdown;
import org.holdfast.system.PageNumber;
import org.holdfast.crisis.CrisisLanguage;
import org.holdfast.editorial.Workflow;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Reading the library: the list (newest-updated first, by topic, with "start here"
 * sections), search, an article with its table of contents, related articles and a help
 * box, and the topic and contributor pages. Only published articles are ever shown.
 */
@Controller
class ArticleController {

	static final int PAGE_SIZE = 10;

	/** A long article (this many sections or more) gets a table of contents. */
	static final int CONTENTS_FROM = 4;

	private static final Workflow.State PUBLISHED = Workflow.State.PUBLISHED;

	private final ArticleRepository articles;

	private final TopicRepository topics;

	private final ContributorRepository contributors;

	private final ArticleSearch search;

	ArticleController(ArticleRepository articles, TopicRepository topics, ContributorRepository contributors,
			ArticleSearch search) {
		this.articles = articles;
		this.topics = topics;
		this.contributors = contributors;
		this.search = search;
	}

	@GetMapping("/articles")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String topic, @RequestParam(defaultValue = "1") String page,
			Model model) {
		int number = PageNumber.fromOne(page);
		if (q != null) {
			return search(q.strip(), number, model);
		}
		model.addAttribute("topics", this.topics.findAllByOrderByName());
		Page<Article> found;
		if (topic != null && !topic.isBlank()) {
			Topic chosen = this.topics.findBySlug(topic).orElseThrow(() -> new ArticleNotFoundException(topic));
			model.addAttribute("topic", chosen);
			found = load(this.articles.findIdsInTopic(PUBLISHED, chosen, PageRequest.of(number - 1, PAGE_SIZE)));
		}
		else {
			found = load(this.articles.findIdsByState(PUBLISHED, PageRequest.of(number - 1, PAGE_SIZE)));
			if (number == 1) {
				model.addAttribute("startHere", this.articles.findByWorkflowStateAndAudienceOrderByTitle(PUBLISHED,
						Article.Audience.START_HERE));
				model.addAttribute("forOthers", this.articles.findByWorkflowStateAndAudienceOrderByTitle(PUBLISHED,
						Article.Audience.PARENTS_CARERS_FRIENDS));
			}
		}
		model.addAttribute("articles", found);
		return "articles/list";
	}

	private String search(String query, int page, Model model) {
		model.addAttribute("q", query);
		model.addAttribute("crisis", CrisisLanguage.soundsLikeCrisis(query));
		if (query.isEmpty()) {
			model.addAttribute("problem", "articles.search.empty");
			return "articles/search";
		}
		if (query.length() > ArticleSearch.MAX_QUERY) {
			model.addAttribute("q", query.substring(0, ArticleSearch.MAX_QUERY));
			model.addAttribute("problem", "articles.search.long");
			return "articles/search";
		}
		if (query.codePoints().noneMatch(Character::isLetterOrDigit)) {
			model.addAttribute("problem", "articles.search.symbols");
			return "articles/search";
		}
		ArticleSearch.Found found = this.search.search(query, page - 1, PAGE_SIZE);
		String suggestion = (found.total() == 0 || found.total() < 3) ? this.search.suggestion(query) : null;
		if (found.total() == 0 && suggestion != null) {
			model.addAttribute("correctedFrom", query);
			model.addAttribute("q", suggestion);
			found = this.search.search(suggestion, page - 1, PAGE_SIZE);
		}
		else {
			model.addAttribute("suggestion", suggestion);
		}
		Map<Long, Article> byId = this.articles.findByIdIn(found.hits().stream().map(ArticleSearch.Hit::id).toList())
			.stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		model.addAttribute("hits",
				found.hits()
					.stream()
					.filter((hit) -> byId.containsKey(hit.id()))
					.map((hit) -> new Result(byId.get(hit.id()), hit.snippet()))
					.toList());
		model.addAttribute("total", found.total());
		model.addAttribute("page", page);
		model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		return "articles/search";
	}

	/** A search result: the article and its highlighted snippet. */
	record Result(Article article, List<ArticleSearch.Part> snippet) {
	}

	@GetMapping("/articles/{slug}")
	Object article(@PathVariable String slug, Model model) {
		Article article = this.articles.findBySlugAndWorkflowState(slug, PUBLISHED).orElse(null);
		if (article == null) {
			String current = this.articles.findCurrentSlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
			RedirectView moved = new RedirectView("/articles/" + current, true);
			moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return moved;
		}
		List<Markdown.Heading> sections = article.getSections();
		model.addAttribute("article", article);
		model.addAttribute("contents", (sections.size() >= CONTENTS_FROM) ? sections : List.of());
		List<Long> related = this.articles.findRelatedIds(article.getId(), 3);
		model.addAttribute("related",
				this.articles.findByIdIn(related)
					.stream()
					.sorted(Comparator.comparingInt((Article other) -> related.indexOf(other.getId())))
					.toList());
		return "articles/article";
	}

	@GetMapping("/topics/{slug}")
	String topic(@PathVariable String slug, @RequestParam(defaultValue = "1") String page, Model model) {
		Topic topic = this.topics.findBySlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
		model.addAttribute("topic", topic);
		model.addAttribute("articles", load(this.articles.findIdsInTopic(PUBLISHED, topic,
				PageRequest.of(PageNumber.fromOne(page) - 1, PAGE_SIZE))));
		return "articles/topic";
	}

	@GetMapping("/contributors/{slug}")
	String contributor(@PathVariable String slug, Model model) {
		Contributor contributor = this.contributors.findBySlug(slug)
			.orElseThrow(() -> new ArticleNotFoundException(slug));
		model.addAttribute("contributor", contributor);
		model.addAttribute("articles", this.articles.findPublishedBy(PUBLISHED, contributor));
		return "articles/contributor";
	}

	/** The articles for a page of ids, in the page's order, with their topics. */
	private Page<Article> load(Page<Long> ids) {
		Map<Long, Article> byId = this.articles.findByIdIn(ids.getContent())
			.stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		return new PageImpl<>(ids.getContent().stream().map(byId::get).filter(Objects::nonNull).toList(),
				ids.getPageable(), ids.getTotalElements());
	}

}
