package org.holdfast.admin;

import org.holdfast.account.AccountService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creates the first admin from a setup link in one transaction: the link is used up (with
 * every other), the account is created and the audit log says so. Two people opening
 * links at once cannot both become admin: the second finds the links gone.
 */
@Service
class FirstAdmin {

	private final SetupLinks links;

	private final AccountService accounts;

	private final AuditLog audit;

	FirstAdmin(SetupLinks links, AccountService accounts, AuditLog audit) {
		this.links = links;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Transactional
	AccountService.Created create(String token, String username, String password) {
		if (!this.links.use(token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		AccountService.Created created = this.accounts.createAdmin(username, password);
		long id = created.member().getId();
		this.audit.record(id, "admin.created-by-setup-link", id, "ADMIN", null);
		return created;
	}

}
