package org.stridescope.core;

/**
 * Why a view cannot be made or an input cannot be read.
 *
 * <p>{@code type} is NumPy's exception class where NumPy raises ({@code ValueError},
 * {@code TypeError}, {@code IndexError}), or one of ours: {@code BoundsError} (NumPy would read
 * memory it does not own), {@code CopyRequired} (NumPy would copy, so it is no view of these
 * bytes), {@code InputError} (our own input: a bad paste, a missing file). The message is NumPy's
 * exact text where NumPy raises; {@code detail} is always a plain-words explanation for learners.
 */
public final class StridescopeError extends RuntimeException {
    public static final String VALUE_ERROR = "ValueError";
    public static final String TYPE_ERROR = "TypeError";
    public static final String INDEX_ERROR = "IndexError";
    public static final String BOUNDS_ERROR = "BoundsError";
    public static final String COPY_REQUIRED = "CopyRequired";
    public static final String INPUT_ERROR = "InputError";

    private final String type;
    private final String detail;

    public StridescopeError(String type, String message, String detail) {
        super(message, null, false, false);
        this.type = type;
        this.detail = detail == null ? "" : detail;
    }

    public static StridescopeError valueError(String message, String detail) {
        return new StridescopeError(VALUE_ERROR, message, detail);
    }

    public static StridescopeError typeError(String message, String detail) {
        return new StridescopeError(TYPE_ERROR, message, detail);
    }

    public static StridescopeError boundsError(String message, String detail) {
        return new StridescopeError(BOUNDS_ERROR, message, detail);
    }

    public static StridescopeError inputError(String message, String detail) {
        return new StridescopeError(INPUT_ERROR, message, detail);
    }

    public String type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    /** As a Python console shows it: {@code ValueError: message}. */
    @Override
    public String toString() {
        return type + ": " + getMessage();
    }
}
