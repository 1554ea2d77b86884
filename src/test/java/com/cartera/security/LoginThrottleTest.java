package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import com.cartera.CarteraIntegrationTest;

/**
 * The login throttle on the real control schema, with a clock the test moves. Delays grow per account and client
 * address; failures from elsewhere never hold up the person at an address they signed in from; spraying from one
 * address and guessing one account from many addresses are slowed; two instances (replicas, or before and after
 * a restart) share the counts.
 */
@CarteraIntegrationTest
class LoginThrottleTest {

    private static final LoginThrottleProperties DEFAULTS = new LoginThrottleProperties(null, null, null, null, null);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final MovableClock clock = new MovableClock(Instant.now());

    private LoginThrottle throttle() {
        return new LoginThrottle(jdbc, transactionManager, clock, DEFAULTS);
    }

    private static String email() {
        return "throttle-" + UUID.randomUUID() + "@example.com";
    }

    /** A documentation-range address no other test uses. */
    private static String address() {
        var random = UUID.randomUUID().getLeastSignificantBits();
        return "2001:db8:" + Long.toHexString(random & 0xffff) + "::" + Long.toHexString((random >>> 16) & 0xffff);
    }

    /** A failed sign-in, if the throttle lets it be tried; returns the wait otherwise. */
    private static Optional<Duration> fail(LoginThrottle throttle, String email, String client) {
        Optional<Duration> wait = throttle.tryAttempt(email, client);
        if (wait.isEmpty()) {
            throttle.failed(email, client);
        }
        return wait;
    }

    @Test
    void theWaitGrowsAfterThreeFreeFailuresAndIsCappedAtFifteenMinutes() {
        var throttle = throttle();
        String email = email();
        String client = address();
        List<Duration> waits = new ArrayList<>();
        int failures = 0;
        while (failures < 16) {
            Optional<Duration> wait = fail(throttle, email, client);
            if (wait.isPresent()) {
                waits.add(wait.get());
                clock.advance(wait.get());
            } else {
                failures++;
                assertThat(waits).as("no wait before the fourth failure").hasSize(Math.max(0, failures - 4));
            }
        }
        assertThat(waits.subList(0, 5)).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16));
        assertThat(waits.getLast()).isEqualTo(Duration.ofMinutes(15));
        assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(15)));
    }

    @Test
    void anAttemptDuringTheWaitIsRefusedWithoutMakingItLonger() {
        var throttle = throttle();
        String email = email();
        String client = address();
        for (int i = 0; i < 4; i++) {
            fail(throttle, email, client);
        }
        assertThat(throttle.tryAttempt(email, client)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(600));
        assertThat(throttle.tryAttempt(email, client)).contains(Duration.ofMillis(400));
        clock.advance(Duration.ofMillis(400));
        assertThat(throttle.tryAttempt(email, client)).as("the wait is over").isEmpty();
    }

    @Test
    void failuresFromElsewhereNeverHoldUpThePersonAtTheirOwnAddress() {
        var throttle = throttle();
        String victim = email();
        String home = address();
        assertThat(throttle.tryAttempt(victim, home)).isEmpty();
        throttle.succeeded(victim, home);

        // Two attackers guess the victim's password as fast as the throttle lets them, for two hours.
        String[] attackers = {address(), address()};
        Instant end = clock.instant().plus(Duration.ofHours(2));
        int tried = 0;
        while (clock.instant().isBefore(end)) {
            Duration shortest = Duration.ofHours(1);
            for (String attacker : attackers) {
                Optional<Duration> wait = fail(throttle, victim, attacker);
                if (wait.isEmpty()) {
                    tried++;
                }
                Duration waited = wait.orElse(Duration.ZERO);
                shortest = waited.compareTo(shortest) < 0 ? waited : shortest;
            }
            clock.advance(shortest.isZero() ? Duration.ofMillis(1) : shortest);
        }

        assertThat(throttle.tryAttempt(victim, home)).as("the victim at home is not held up").isEmpty();
        throttle.succeeded(victim, home);
        assertThat(tried).as("passwords tried by the attackers in two hours").isLessThan(200);
        Optional<Duration> elsewhere = throttle.tryAttempt(victim, address());
        assertThat(elsewhere.orElse(Duration.ZERO)).as("the victim from a new address waits a minute at most")
                .isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void sprayingManyAccountsFromOneAddressIsSlowedButNotItsKnownPeople() {
        var throttle = throttle();
        String office = address();
        String colleague = email();
        assertThat(throttle.tryAttempt(colleague, office)).isEmpty();
        throttle.succeeded(colleague, office);

        for (int i = 1; i <= 31; i++) {
            assertThat(fail(throttle, email(), office)).as("spray %d", i).isEmpty();
        }
        assertThat(throttle.tryAttempt(email(), office)).as("after 31 failures across accounts").isPresent();
        assertThat(throttle.tryAttempt(email(), address())).as("another address").isEmpty();
        assertThat(throttle.tryAttempt(colleague, office)).as("someone who signed in from there before").isEmpty();
    }

    @Test
    void guessingOneAccountFromManyAddressesMeetsACeilingOfOneMinute() {
        var throttle = throttle();
        String victim = email();
        for (int i = 1; i <= 10; i++) {
            assertThat(fail(throttle, victim, address())).as("guess %d from a fresh address", i).isEmpty();
        }
        for (int i = 11; i <= 30; i++) {
            Optional<Duration> wait = fail(throttle, victim, address());
            if (wait.isPresent()) {
                assertThat(wait.get()).isLessThanOrEqualTo(Duration.ofMinutes(1));
                clock.advance(wait.get());
                assertThat(fail(throttle, victim, address())).as("once the wait is over").isEmpty();
            }
        }
        assertThat(throttle.tryAttempt(victim, address())).contains(Duration.ofMinutes(1));
    }

    @Test
    void aSuccessClearsThePair() {
        var throttle = throttle();
        String email = email();
        String client = address();
        for (int i = 0; i < 4; i++) {
            fail(throttle, email, client);
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt(email, client)).isEmpty();
        throttle.succeeded(email, client);
        for (int i = 0; i < 4; i++) {
            assertThat(fail(throttle, email, client)).as("failure %d after the success", i + 1).isEmpty();
        }
        assertThat(throttle.tryAttempt(email, client)).as("counted from the success").contains(Duration.ofSeconds(1));
    }

    @Test
    void theEmailIsMatchedWhateverItsCaseAndSpaces() {
        var throttle = throttle();
        String email = email();
        String client = address();
        for (String spelling : List.of(email.toUpperCase(), " " + email + " ", email, email)) {
            fail(throttle, spelling, client);
        }
        assertThat(throttle.tryAttempt("  " + email.toUpperCase(), client)).isPresent();
    }

    @Test
    void twoInstancesShareTheCounts() {
        String email = email();
        String client = address();
        var first = throttle();
        for (int i = 0; i < 4; i++) {
            fail(first, email, client);
        }
        var second = throttle();
        assertThat(second.tryAttempt(email, client)).as("another replica, or after a restart").isPresent();
    }

    @Test
    void parallelGuessesCannotSlipThroughTogether() throws Exception {
        var throttle = throttle();
        String email = email();
        String client = address();
        int threads = 12;
        var start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> allowed = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                allowed.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return throttle.tryAttempt(email, client).isEmpty();
                }));
            }
            int count = 0;
            for (Future<Boolean> result : allowed) {
                count += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            // Three free attempts, and the fourth that starts the first wait.
            assertThat(count).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failuresAnHourOldAreForgottenAndPurged() {
        var throttle = throttle();
        String email = email();
        String client = address();
        for (int i = 0; i < 6; i++) {
            clock.advance(throttle.tryAttempt(email, client).orElse(Duration.ZERO));
            fail(throttle, email, client);
        }
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        for (int i = 0; i < 3; i++) {
            assertThat(fail(throttle, email, client)).as("counting starts over").isEmpty();
        }
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(throttle.purge()).isPositive();
        assertThat(jdbc.sql("select count(*) from cartera.login_throttle where subject like '%' || :client")
                .param("client", client).query(Integer.class).single()).isZero();
    }
}
