/**
 * Members and what they control: anonymous sign-up (a username and a password, nothing
 * else), sign-in with back-off, recovery codes instead of email, a second factor for
 * staff, and the member's own data: preferences, export and deletion. Also the privacy
 * notice and the community guidelines members agree to.
 * <p>
 * One package on purpose (see {@code docs/style.md}); by name:
 * <ul>
 * <li>the member: {@code Member}, {@code MemberRepository}, {@code Role},
 * {@code AgeBand}, {@code SignedInMember} (who is signed in, and {@code actsAs}, the one
 * staff question), {@code SignedInAdvice}, {@code AccountConfiguration},
 * {@code AccountProperties};</li>
 * <li>signing up: {@code SignUp*}, {@code UsernamePolicy}, {@code UsernameSkeletons},
 * {@code PasswordPolicy}, {@code PasswordCheck};</li>
 * <li>signing in: {@code SignIn*}, {@code CredentialsForm}, {@code GuessLimits},
 * {@code AddressThrottle}, {@code ClientAddress}, {@code KnownDevices},
 * {@code MemberDetailsService}, {@code BoundedPasswordEncoder},
 * {@code SessionLifetimeFilter}, {@code SessionHandover};</li>
 * <li>second step and recovery: {@code TwoFactorController}, {@code Totp},
 * {@code StaffAccessDeniedHandler}, {@code RecoveryCode*}, {@code Recover*};</li>
 * <li>the member's own account: {@code AccountController}, {@code AccountService},
 * {@code AccountSessions}, {@code PasswordForm}, {@code MemberExport},
 * {@code PublicContributions} (what other packages erase or keep when an account
 * goes);</li>
 * <li>the privacy notice and guidelines: {@code PrivacyNotice},
 * {@code PolicyController}.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.account;
