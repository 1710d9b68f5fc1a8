package org.holdfast.account;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedPasswordEncoderTests {

	@Test
	void noMoreHashesRunAtOnceThanAllowedAndTheRestWaitTheirTurn() throws Exception {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		PasswordEncoder slow = new PasswordEncoder() {

			@Override
			public String encode(CharSequence raw) {
				mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				running.decrementAndGet();
				return "hash";
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				return encode(raw).equals(encoded);
			}

		};
		PasswordEncoder bounded = new BoundedPasswordEncoder(slow, 3);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			results.add(pool.submit(() -> bounded.matches("password", "hash")));
		}
		org.awaitility.Awaitility.await().until(() -> running.get() == 3);
		assertThat(results).noneMatch(Future::isDone);
		release.countDown();
		for (Future<Boolean> result : results) {
			assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
		}
		pool.shutdown();
		assertThat(mostAtOnce.get()).isEqualTo(3);
	}

}
