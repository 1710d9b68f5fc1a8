package org.holdfast.account;

/**
 * The only thing Holdfast knows about a member's age, chosen at sign-up. Teen and adult
 * community spaces and chats are kept apart by it. No date of birth is ever asked.
 */
public enum AgeBand {

	TEEN, ADULT

}
