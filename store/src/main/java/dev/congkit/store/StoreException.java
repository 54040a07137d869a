package dev.congkit.store;

/**
 * The database failed (unreachable, full, refused a statement): what was being done and the
 * database's own message. Nothing was written: every write is one transaction.
 *
 * <p>Example:
 * <pre>{@code
 * try { store.save("site.json", tree); } catch (StoreException e) { log.error(e.getMessage()); }
 * }</pre>
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
