package dev.congkit.monitor;

/**
 * The monitor's database or schedule failed; the message says what was being done.
 *
 * <p>Example:
 * <pre>{@code
 * throw new MonitorException("the monitor's database: connection refused", cause);
 * }</pre>
 */
public class MonitorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MonitorException(String message, Throwable cause) {
        super(message, cause);
    }
}
