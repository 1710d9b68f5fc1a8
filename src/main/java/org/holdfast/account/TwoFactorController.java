package org.holdfast.account;

import java.time.Duration;
import java.util.Optional;

import io.nayuki.qrcodegen.QrCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two-step sign-in for staff. A moderator, editor or admin signs in with their password
 * as a member; their staff pages open only after a six-digit code from an authenticator
 * app. The first time, they set the app up here: scan the QR code (drawn on this server,
 * never by another service) or type the key, then prove it works with a code.
 */
@Controller
class TwoFactorController {

	static final String PATH = "/account/two-factor";

	static final String VIEW = "account/two-factor";

	static final String PURPOSE = "two-factor";

	private static final String PENDING_SECRET = "holdfast.twoFactor.pendingSecret";

	private static final String ISSUER = "Holdfast";

	private final MemberRepository members;

	private final SignIn signIn;

	private final SignInThrottle throttle;

	private final AccountService accounts;

	TwoFactorController(MemberRepository members, SignIn signIn, SignInThrottle throttle, AccountService accounts) {
		this.members = members;
		this.signIn = signIn;
		this.throttle = throttle;
		this.accounts = accounts;
	}

	@GetMapping(PATH)
	String page(@AuthenticationPrincipal SignedInMember me, HttpSession session, Model model) {
		Member member = member(me);
		if (!member.isStaff()) {
			return "redirect:/account";
		}
		return show(me, member, session, model);
	}

	@GetMapping(PATH + "/qr.svg")
	ResponseEntity<String> qrCode(@AuthenticationPrincipal SignedInMember me, HttpSession session) {
		if (!(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
			return ResponseEntity.notFound().build();
		}
		QrCode qr = QrCode.encodeText(Totp.uri(ISSUER, me.getUsername(), secret), QrCode.Ecc.MEDIUM);
		return ResponseEntity.ok()
			.header("Content-Type", "image/svg+xml")
			.cacheControl(CacheControl.noStore())
			.body(svg(qr, 4));
	}

	@PostMapping(PATH)
	String check(@AuthenticationPrincipal SignedInMember me, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
		Member member = member(me);
		if (!member.isStaff()) {
			return "redirect:/account";
		}
		Optional<Duration> wait = this.throttle.waitFor(PURPOSE, me.getUsername());
		if (wait.isPresent()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("codeError", "account.sign-in.wait");
			model.addAttribute("waitMinutes", GuessLimits.minutes(wait.get())[0]);
			return show(me, member, session, model);
		}
		String pending = pendingSecret(session);
		if (!this.accounts.secondFactor(me.id(), code, pending)) {
			this.throttle.failed(PURPOSE, me.getUsername());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("codeError",
					code.isBlank() ? "account.two-factor.code.required" : "account.two-factor.code.wrong");
			return show(me, member, session, model);
		}
		session.removeAttribute(PENDING_SECRET);
		this.throttle.succeeded(PURPOSE, me.getUsername());
		this.signIn.secondFactorPassed(SignedInMember.of(member(me)), request, response);
		return "redirect:" + this.signIn.next(request, response, "/account");
	}

	private String show(SignedInMember me, Member member, HttpSession session, Model model) {
		if (member.hasTwoFactor()) {
			model.addAttribute("state", me.needsSecondFactor() ? "verify" : "on");
			return VIEW;
		}
		String secret = (session.getAttribute(PENDING_SECRET) instanceof String pending) ? pending : null;
		if (secret == null) {
			secret = Totp.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		model.addAttribute("state", "enrol");
		model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("uri", Totp.uri(ISSUER, me.getUsername(), secret));
		return VIEW;
	}

	private Member member(SignedInMember me) {
		return this.members.findById(me.id()).orElseThrow(() -> new IllegalStateException("Signed-in member gone"));
	}

	/** The QR code as SVG: one path of dark modules on a white square, with a margin. */
	static String svg(QrCode qr, int border) {
		int size = qr.size + border * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
				+ path + "\" fill=\"#000\"/></svg>";
	}

	static @Nullable String pendingSecret(HttpSession session) {
		return (session.getAttribute(PENDING_SECRET) instanceof String secret) ? secret : null;
	}

}
