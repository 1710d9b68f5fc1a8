package org.holdfast.path;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such path (or revision of one): the not-found page, with the banner. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PathNotFoundException extends RuntimeException {

	PathNotFoundException() {
		super("No such path");
	}

}
