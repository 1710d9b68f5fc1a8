package org.holdfast.path;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.holdfast.markdown.Markdown;

import org.springframework.stereotype.Service;

/**
 * Writes a path document into a path: details, and steps matched by key, so a step keeps
 * its id (and everyone's progress on it) when it is reworded or moved. A step the
 * document no longer has is retired. Markdown is rendered here, once.
 */
@Service
class PathPublisher {

	private final Markdown markdown;

	private final Clock clock;

	PathPublisher(Markdown markdown, Clock clock) {
		this.markdown = markdown;
		this.clock = clock;
	}

	/** Writes the document into the path (the path's workflow state is the caller's). */
	void apply(Path path, PathDocument document) {
		path.describe(document.title(), document.summary(), document.audience(), document.contentWarning(),
				this.clock.instant());
		List<PathStep> before = path.getSteps();
		Set<String> kept = new HashSet<>();
		int position = 1;
		for (PathDocument.Step step : document.steps()) {
			PathStep target = path.step(step.key());
			PathDocument.Timer timer = step.timer();
			target.write(position++, step.parsedKind(), step.title(), step.minutes(), step.body(),
					this.markdown.render(step.body()).html(), step.prompt(), step.checklist(),
					(timer != null) ? timer.seconds() : null,
					(timer != null) ? timer.prompts()
						.stream()
						.map((prompt) -> new PathStep.TimerPrompt(prompt.at(), prompt.text()))
						.toList() : List.of());
			kept.add(step.key());
		}
		// A step taken out gets the position of the step that followed it, so whoever was
		// on it carries on from there.
		for (int i = 0; i < before.size(); i++) {
			PathStep step = before.get(i);
			if (!kept.contains(step.getKey())) {
				int next = position;
				for (int j = i + 1; j < before.size(); j++) {
					if (kept.contains(before.get(j).getKey())) {
						next = before.get(j).getPosition();
						break;
					}
				}
				step.retire(next, this.clock.instant());
			}
		}
	}

}
