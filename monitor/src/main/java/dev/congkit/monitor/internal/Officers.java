package dev.congkit.monitor.internal;

import dev.congkit.monitor.MonitorStore;
import dev.congkit.monitor.MonitorStore.Officer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Log-in rules: the first administrator, hashed passwords, a lock after five failures in a row, a new password at first log-in. */
public final class Officers {

    public static final int ATTEMPTS = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final int SHORTEST = 12;

    /** How a log-in went. */
    public enum Outcome { IN, WRONG, LOCKED }

    private final MonitorStore store;
    private final Clock clock;

    public Officers(MonitorStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Creates the administrator {@code admin} when there is no officer: with {@code given}, or a one-time password returned to print. */
    public Optional<String> ensureAdministrator(String given) {
        if (store.hasOfficers()) {
            return Optional.empty();
        }
        String password = given != null ? given : Passwords.oneTime();
        store.saveOfficer(new Officer("admin", Passwords.hash(password), "ADMIN", true, 0, null));
        return Optional.of(password);
    }

    /** Checks a log-in; a wrong one counts towards the lock, a right one clears the count. */
    public synchronized Outcome login(String name, String password) {
        Optional<Officer> found = store.officer(name == null ? "" : name);
        if (found.isEmpty()) {
            Passwords.hash(password == null ? "" : password);   // as slow as a known name: the answer tells nothing
            return Outcome.WRONG;
        }
        Officer officer = found.get();
        Instant now = clock.instant();
        if (officer.lockedUntil() != null && now.isBefore(officer.lockedUntil())) {
            return Outcome.LOCKED;
        }
        if (password != null && Passwords.matches(password, officer.passwordHash())) {
            store.saveOfficer(new Officer(officer.name(), officer.passwordHash(), officer.role(), officer.mustChange(), 0, null));
            return Outcome.IN;
        }
        int failures = officer.failedLogins() + 1;
        boolean lock = failures >= ATTEMPTS;
        store.saveOfficer(new Officer(officer.name(), officer.passwordHash(), officer.role(), officer.mustChange(), lock ? 0 : failures,
                lock ? now.plus(LOCK) : null));
        return lock ? Outcome.LOCKED : Outcome.WRONG;
    }

    /**
     * Adds an officer with a one-time password, returned to hand over once; they set their own at the
     * first log-in. Empty when the name is taken or not of letters, digits, dots, hyphens or underscores (3 to 64).
     */
    public Optional<String> create(String name, String role) {
        if (name == null || !name.matches("[a-z0-9._-]{3,64}") || !(role.equals("ADMIN") || role.equals("READER")) || store.officer(name).isPresent()) {
            return Optional.empty();
        }
        String password = Passwords.oneTime();
        store.saveOfficer(new Officer(name, Passwords.hash(password), role, true, 0, null));
        return Optional.of(password);
    }

    public java.util.List<Officer> all() {
        return store.officers();
    }

    public Officer officer(String name) {
        return store.officer(name).orElseThrow();
    }

    /** Sets a new password (at least {@value #SHORTEST} characters, not the old one); false when it is refused. */
    public boolean changePassword(String name, String current, String next) {
        Officer officer = officer(name);
        if (next == null || next.length() < SHORTEST || current == null || !Passwords.matches(current, officer.passwordHash())
                || current.equals(next)) {
            return false;
        }
        store.saveOfficer(new Officer(name, Passwords.hash(next), officer.role(), false, 0, null));
        return true;
    }
}
