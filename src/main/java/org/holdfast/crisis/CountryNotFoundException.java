package org.holdfast.crisis;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** {@code /help/{country}} names a country the directory does not list. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CountryNotFoundException extends RuntimeException {

	CountryNotFoundException(String code) {
		super("No crisis lines listed for '" + code + "'");
	}

}
