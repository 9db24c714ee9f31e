package org.stridescope.core;

/**
 * Why a view cannot be made or an input cannot be read.
 *
 * <p>Three things tell an error apart, each for its own reader:
 * <ul>
 *   <li>{@link #origin()}: whose rule was broken (NumPy's, the buffer's bounds, ours...), for code
 *       that must react differently (a changed file, a bug of ours, a copy);</li>
 *   <li>{@link #type()}: the name a Python console would print: NumPy's exception class where
 *       NumPy raises ({@code ValueError}, {@code TypeError}, ...), else one of ours
 *       ({@code BoundsError}, {@code CopyRequired}, {@code InputError}, {@code InternalError});</li>
 *   <li>{@link #argument()}: the input at fault (the shape, the strides...), when one is, so the
 *       window can put the message under that field without reading the message.</li>
 * </ul>
 * The message is NumPy's exact text where NumPy raises; {@code detail} is always a plain-words
 * explanation for learners. An internal error keeps its cause (and so its stack trace).
 */
public final class StridescopeError extends RuntimeException {
    public static final String VALUE_ERROR = "ValueError";
    public static final String TYPE_ERROR = "TypeError";
    public static final String INDEX_ERROR = "IndexError";
    public static final String BOUNDS_ERROR = "BoundsError";
    public static final String COPY_REQUIRED = "CopyRequired";
    public static final String INPUT_ERROR = "InputError";
    public static final String INTERNAL_ERROR = "InternalError";

    /** Whose rule an error is about. */
    public enum Origin {
        /** NumPy itself raises this, with this exception type and message. */
        NUMPY,
        /** NumPy would accept it and read memory outside the buffer; we refuse. */
        BOUNDS,
        /** NumPy would compute a new array: no view of these bytes. */
        COPY_REQUIRED,
        /** Our own input could not be read: a bad paste, a missing file, a wrong flag. */
        INPUT,
        /** A file being read changed (shrank) on disk. */
        FILE_CHANGED,
        /** A bug of ours; the cause says where. */
        INTERNAL
    }

    /** The input an error is about, in NumPy's argument names. */
    public enum Argument { SOURCE, DTYPE, SHAPE, STRIDES, OFFSET, COUNT, EXPR }

    private final Origin origin;
    private final String type;
    private final String detail;
    private final Argument argument;

    /** An error with a Python type name: the origin follows from it. */
    public StridescopeError(String type, String message, String detail) {
        this(originOf(type), type, message, detail, null, null);
    }

    private StridescopeError(Origin origin, String type, String message, String detail, Argument argument,
                             Throwable cause) {
        // Stack traces only where a bug of ours needs finding: the others are answers, not failures.
        super(message, cause, false, origin == Origin.INTERNAL);
        this.origin = origin;
        this.type = type;
        this.detail = detail == null ? "" : detail;
        this.argument = argument;
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

    public static StridescopeError copyRequired(String message, String detail) {
        return new StridescopeError(COPY_REQUIRED, message, detail);
    }

    /** A file that shrank or changed while it was read: an input problem with its own origin. */
    public static StridescopeError fileChanged(String message, String detail) {
        return new StridescopeError(Origin.FILE_CHANGED, INPUT_ERROR, message, detail, null, null);
    }

    /**
     * A bug of ours met while answering: keeps {@code cause} (and its stack trace) for a report.
     *
     * @param detail what the user sees happen next, in plain words
     */
    public static StridescopeError internal(Throwable cause, String detail) {
        if (cause instanceof StridescopeError known) {
            return known;
        }
        return new StridescopeError(Origin.INTERNAL, INTERNAL_ERROR, String.valueOf(cause), detail, null, cause);
    }

    /**
     * This error, said to be about {@code argument}; an error that already names its argument
     * keeps it (the innermost check knows best).
     */
    public StridescopeError about(Argument argument) {
        if (this.argument != null || argument == null) {
            return this;
        }
        StridescopeError e = new StridescopeError(origin, type, getMessage(), detail, argument, getCause());
        if (origin == Origin.INTERNAL) {
            e.setStackTrace(getStackTrace());
        }
        return e;
    }

    public Origin origin() {
        return origin;
    }

    /** The Python exception name, as a console prints it. */
    public String type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    /** The input at fault, or null when the error is about no single one. */
    public Argument argument() {
        return argument;
    }

    /** True for the errors NumPy itself raises (as opposed to Stridescope's own refusals). */
    public boolean isNumpys() {
        return origin == Origin.NUMPY;
    }

    /** As a Python console shows it: {@code ValueError: message}. */
    @Override
    public String toString() {
        return type + ": " + getMessage();
    }

    private static Origin originOf(String type) {
        return switch (type) {
            case BOUNDS_ERROR -> Origin.BOUNDS;
            case COPY_REQUIRED -> Origin.COPY_REQUIRED;
            case INPUT_ERROR -> Origin.INPUT;
            case INTERNAL_ERROR -> Origin.INTERNAL;
            default -> Origin.NUMPY; // ValueError, TypeError, IndexError, AxisError, OverflowError, ...
        };
    }
}
