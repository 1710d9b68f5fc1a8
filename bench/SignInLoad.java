import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-in over HTTP against a running Holdfast, the way a browser does it: load the form
 * (for its CSRF token), post username and password, follow nothing. Creates its members
 * through the sign-up form first.
 *
 * <pre>java bench/SignInLoad.java http://localhost:8080 [clients] [seconds]</pre>
 *
 * Prints sign-ins per second and latency at the given concurrency, then the time of a
 * failed sign-in for an unknown username and for a wrong password (interleaved), which
 * must not differ by anything worth measuring.
 */
public class SignInLoad {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final String PASSWORD = "lamp otter biscuit rain";

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int clients = (args.length > 1) ? Integer.parseInt(args[1]) : 16;
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 20;
		String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		List<String> usernames = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			String username = "bench-" + run + "-" + (char) ('a' + i);
			Browser browser = new Browser(base);
			int status = browser.submit("/account/sign-up", "username=" + username + "&password="
					+ enc(PASSWORD) + "&ageBand=ADULT&guidelines=true&privacy=true");
			if (status != 302) {
				throw new IllegalStateException("sign-up answered " + status);
			}
			usernames.add(username);
		}

		// Warm-up: the same load, unmeasured, so the JIT has compiled the hot paths.
		load(base, usernames, clients, Math.max(5, seconds / 2));
		List<Long> all = load(base, usernames, clients, seconds);
		long[] latencies = all.stream().mapToLong(Long::longValue).sorted().toArray();
		report(latencies, clients, seconds);
		failures(base, usernames, run);
	}

	static List<Long> load(String base, List<String> usernames, int clients, int seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		AtomicBoolean stop = new AtomicBoolean();
		List<Future<long[]>> results = new ArrayList<>();
		for (String username : usernames) {
			results.add(pool.submit(() -> {
				List<Long> times = new ArrayList<>();
				while (!stop.get()) {
					Browser browser = new Browser(base);
					long start = System.nanoTime();
					int status = browser.submit("/account/sign-in", "username=" + username + "&password=" + enc(PASSWORD));
					if (status != 302) {
						throw new IllegalStateException("sign-in answered " + status);
					}
					times.add(System.nanoTime() - start);
				}
				return times.stream().mapToLong(Long::longValue).toArray();
			}));
		}
		Thread.sleep(seconds * 1000L);
		stop.set(true);
		List<Long> all = new ArrayList<>();
		for (Future<long[]> result : results) {
			for (long t : result.get()) {
				all.add(t);
			}
		}
		pool.shutdown();
		return all;
	}

	static void report(long[] latencies, int clients, int seconds) {
		System.out.printf("sign-in (form GET + POST, new browser each time), %d clients, %d s after a warm-up: %d sign-ins, %.1f per second; "
				+ "latency median %.0f ms, p95 %.0f ms, max %.0f ms%n", clients, seconds, latencies.length,
				latencies.length / (double) seconds, latencies[latencies.length / 2] / 1e6,
				latencies[(int) (latencies.length * 0.95)] / 1e6, latencies[latencies.length - 1] / 1e6);
	}

	static void failures(String base, List<String> usernames, String run) throws Exception {
		int rounds = 3 * usernames.size();
		long[] unknown = new long[rounds];
		long[] wrong = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			unknown[i] = failure(base, "nobody-" + run + "-" + i);
			wrong[i] = failure(base, usernames.get(i % usernames.size()));
		}
		Arrays.sort(unknown);
		Arrays.sort(wrong);
		System.out.printf("failed sign-in, %d each, interleaved, one at a time: unknown username median %.1f ms "
				+ "(p90 %.1f); wrong password median %.1f ms (p90 %.1f); difference of medians %.1f ms%n", rounds,
				unknown[rounds / 2] / 1e6, unknown[(int) (rounds * 0.9)] / 1e6, wrong[rounds / 2] / 1e6,
				wrong[(int) (rounds * 0.9)] / 1e6, (wrong[rounds / 2] - unknown[rounds / 2]) / 1e6);
	}

	static long failure(String base, String username) throws Exception {
		Browser browser = new Browser(base);
		browser.load("/account/sign-in");
		long start = System.nanoTime();
		int status = browser.post("/account/sign-in", "username=" + username + "&password=" + enc("not the password at all"));
		long took = System.nanoTime() - start;
		if (status != 400) {
			throw new IllegalStateException("failed sign-in answered " + status + " (throttled? raise "
					+ "holdfast.accounts.address-free-attempts for the benchmark)");
		}
		return took;
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A browser without JavaScript: cookies, and the CSRF token of the last form. */
	static final class Browser {

		final String base;

		final HttpClient client;

		String csrf = "";

		Browser(String base) {
			this.base = base;
			this.client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
		}

		void load(String path) throws Exception {
			HttpResponse<String> page = this.client.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher matcher = CSRF.matcher(page.body());
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
		}

		int post(String path, String form) throws Exception {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(this.csrf) + "&" + form))
				.build();
			return this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}

		int submit(String path, String form) throws Exception {
			load(path);
			return post(path, form);
		}

	}

}
