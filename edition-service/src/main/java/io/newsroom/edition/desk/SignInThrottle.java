package io.newsroom.edition.desk;

import io.newsroom.edition.config.EditionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Slows down password guessing at the desk's sign-in (README "Desk security"), per username and per client address,
 * with its state in the table {@code sign_in_throttle} (migration V5) so that every replica applies the same counts.
 *
 * <p>The rule ({@link #lockSeconds}): the first {@code edition.desk.sign-in-free-failures-per-user} (3) failures of a
 * username, or {@code …-per-address} (10) of an address, cost nothing; each further failure locks the subject for
 * 1 s, then 2 s, 4 s … up to {@code edition.desk.sign-in-max-lock} (15 min). A sign-in asked for while either subject
 * is locked is answered {@code 429} with {@code Retry-After} and its password is not checked (so guesses made during
 * a lock neither count nor succeed). A failure more than {@code edition.desk.sign-in-window} (24 h) after the
 * previous one starts the count again; a successful sign-in forgets the username's failures (not the address's).
 * Times are the database's ({@code now()}), so replicas with skewed clocks agree.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Longest subject key kept: a longer username is cut (it cannot be an account's name anyway). */
    private static final int MAX_SUBJECT = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    EditionConfig config;

    /**
     * @param username the username as typed (compared trimmed and lower-case, as at sign-in), may be {@code null}
     * @param address  the client address
     * @return seconds until neither the username nor the address is locked; 0 when a sign-in may be tried now
     */
    @Transactional
    public long secondsToWait(String username, String address) {
        List<?> rows = entityManager.createNativeQuery("select ceil(extract(epoch from max(locked_until) - now())) "
                        + "from {h-schema}sign_in_throttle where subject in (?1, ?2) and locked_until > now()")
                .setParameter(1, userSubject(username)).setParameter(2, addressSubject(address)).getResultList();
        Object seconds = rows.isEmpty() ? null : rows.get(0);
        return seconds == null ? 0 : Math.max(1, ((Number) seconds).longValue());
    }

    /**
     * Records a failed sign-in of a username from an address, locking either when it is over its free failures.
     *
     * @param username the username as typed
     * @param address  the client address
     */
    @Transactional
    public void failed(String username, String address) {
        Duration window = config.desk().signInWindow();
        long maxLock = config.desk().signInMaxLock().toSeconds();
        record(userSubject(username), config.desk().signInFreeFailuresPerUser(), window, maxLock);
        record(addressSubject(address), config.desk().signInFreeFailuresPerAddress(), window, maxLock);
    }

    /**
     * Forgets the failures of a username that signed in.
     *
     * @param username the username as typed
     */
    @Transactional
    public void succeeded(String username) {
        entityManager.createNativeQuery("delete from {h-schema}sign_in_throttle where subject = ?1")
                .setParameter(1, userSubject(username)).executeUpdate();
    }

    /**
     * The lock after a failure.
     *
     * @param failures     failures of the subject in the window, this one included (1 for the first)
     * @param free         failures that lock nothing
     * @param maxLockSecs  the longest lock in seconds
     * @return seconds the subject is locked for: 0 up to {@code free}, then 1, 2, 4 … capped at {@code maxLockSecs}
     */
    static long lockSeconds(int failures, int free, long maxLockSecs) {
        int over = failures - free;
        if (over <= 0) {
            return 0;
        }
        return over > 40 ? maxLockSecs : Math.min(1L << (over - 1), maxLockSecs);
    }

    private void record(String subject, int free, Duration window, long maxLock) {
        int failures = ((Number) entityManager.createNativeQuery("insert into {h-schema}sign_in_throttle as t "
                        + "(subject, failures, last_failure_at, locked_until) values (?1, 1, now(), now()) "
                        + "on conflict (subject) do update set failures = case when t.last_failure_at < now() - "
                        + "?2 * interval '1 second' then 1 else t.failures + 1 end, last_failure_at = now() "
                        + "returning failures")
                .setParameter(1, subject).setParameter(2, window.toSeconds()).getSingleResult()).intValue();
        long lock = lockSeconds(failures, free, maxLock);
        if (lock > 0) {
            entityManager.createNativeQuery("update {h-schema}sign_in_throttle set locked_until = now() + "
                            + "?2 * interval '1 second' where subject = ?1")
                    .setParameter(1, subject).setParameter(2, lock).executeUpdate();
        }
    }

    private static String userSubject(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return cut("user:" + name);
    }

    private static String addressSubject(String address) {
        return cut("address:" + (address == null ? "" : address));
    }

    private static String cut(String subject) {
        return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
    }
}
