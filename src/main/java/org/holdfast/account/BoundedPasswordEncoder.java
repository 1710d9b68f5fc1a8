package org.holdfast.account;

import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes run at once. Each Argon2id hash takes 19 MiB and most
 * of a CPU core for tens of milliseconds, so two hundred sign-ins at once (a flood, or a
 * bot) would take gigabytes of memory and starve every other page, crisis pages included.
 * Hashing is CPU-bound, so more at once than there are cores would not be faster anyway:
 * the rest wait their turn, in order.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Semaphore permits;

	BoundedPasswordEncoder(PasswordEncoder delegate, int concurrent) {
		this.delegate = delegate;
		this.permits = new Semaphore(concurrent, true);
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		this.permits.acquireUninterruptibly();
		try {
			return this.delegate.encode(rawPassword);
		}
		finally {
			this.permits.release();
		}
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		this.permits.acquireUninterruptibly();
		try {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		finally {
			this.permits.release();
		}
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

}
