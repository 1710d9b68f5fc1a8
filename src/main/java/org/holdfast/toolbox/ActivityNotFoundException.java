package org.holdfast.toolbox;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such activity (or revision of one): the not-found page, with the banner. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ActivityNotFoundException extends RuntimeException {

	ActivityNotFoundException() {
		super("No such activity");
	}

}
