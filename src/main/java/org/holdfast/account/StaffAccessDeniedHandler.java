package org.holdfast.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * A staff member who has signed in with their password but not yet their second factor is
 * sent to the two-step page, and back to the staff page afterwards. Everyone else who may
 * not open a page gets the plain 403 page.
 */
@Component
class StaffAccessDeniedHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	private final RequestCache requestCache;

	StaffAccessDeniedHandler(RequestCache requestCache) {
		this.requestCache = requestCache;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(denied instanceof CsrfException) && authentication != null
				&& authentication.getPrincipal() instanceof SignedInMember member && member.needsSecondFactor()) {
			this.requestCache.saveRequest(request, response);
			response.sendRedirect(request.getContextPath() + TwoFactorController.PATH);
			return;
		}
		this.forbidden.handle(request, response, denied);
	}

}
