import java.util.Arrays;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The cost of one password hash with Holdfast's parameters (Argon2id, m = 19 MiB, t = 2,
 * p = 1), on one thread: encode (sign-up, password change) and match (sign-in).
 * Run by bench/passwords.sh with the application's class path.
 */
public class PasswordHash {

	public static void main(String[] args) {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 40;
		Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
		String password = "lamp otter biscuit rain";
		String hash = encoder.encode(password);
		for (int i = 0; i < 5; i++) {
			encoder.matches(password, encoder.encode(password));
		}
		long[] encode = new long[runs];
		long[] match = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			encoder.encode(password);
			encode[i] = System.nanoTime() - start;
			start = System.nanoTime();
			if (!encoder.matches(password, hash)) {
				throw new IllegalStateException("hash does not match");
			}
			match[i] = System.nanoTime() - start;
		}
		System.out.printf("argon2id m=19MiB t=2 p=1, %d runs after 5 warm-up: encode %s; match %s%n", runs,
				summary(encode), summary(match));
	}

	static String summary(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format("median %.1f ms, p90 %.1f ms, min %.1f ms", sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[0] / 1e6);
	}

}
