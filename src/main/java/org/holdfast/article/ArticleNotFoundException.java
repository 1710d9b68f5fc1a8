package org.holdfast.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No published article, topic or contributor at this address. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ArticleNotFoundException extends RuntimeException {

	ArticleNotFoundException(String slug) {
		super("Nothing published at " + slug);
	}

}
