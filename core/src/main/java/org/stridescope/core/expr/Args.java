package org.stridescope.core.expr;

import java.util.List;
import java.util.Map;
import org.stridescope.core.StridescopeError;

/** The arguments of one call, bound to parameter names with Python's rules and messages. */
final class Args {
    /** A parameter the call did not give. */
    static final Object MISSING = new Object();

    private final String function;
    private final List<Object> positional;
    private final Map<String, Object> keywords;

    Args(String function, List<Object> positional, Map<String, Object> keywords) {
        this.function = function;
        this.positional = positional;
        this.keywords = keywords;
    }

    String function() {
        return function;
    }

    List<Object> positional() {
        return positional;
    }

    Map<String, Object> keywords() {
        return keywords;
    }

    /**
     * Binds to {@code names}, the first {@code required} of which must be given.
     *
     * @return one value per name, {@link #MISSING} where absent
     */
    Object[] bind(int required, String... names) {
        if (positional.size() > names.length) {
            String takes = required == names.length ? String.valueOf(names.length)
                    : "from " + required + " to " + names.length;
            throw typeError(function + "() takes " + takes + " positional argument"
                    + (names.length == 1 && required == 1 ? "" : "s") + " but " + positional.size()
                    + (positional.size() == 1 ? " was" : " were") + " given");
        }
        Object[] out = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = i < positional.size() ? positional.get(i) : MISSING;
        }
        for (Map.Entry<String, Object> kw : keywords.entrySet()) {
            int at = List.of(names).indexOf(kw.getKey());
            if (at < 0) {
                throw typeError(function + "() got an unexpected keyword argument '" + kw.getKey() + "'");
            }
            if (out[at] != MISSING) {
                throw typeError(function + "() got multiple values for argument '" + kw.getKey() + "'");
            }
            out[at] = kw.getValue();
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == MISSING) {
                throw typeError(function + "() missing 1 required positional argument: '" + names[i] + "'");
            }
        }
        return out;
    }

    /** For C methods that take no keywords at all. */
    void noKeywords(String message) {
        if (!keywords.isEmpty()) {
            throw typeError(message);
        }
    }

    /** For C methods that name a wrong keyword in their own words ({@code %s} is the keyword). */
    void onlyKeywords(String messageFormat, String... allowed) {
        for (String k : keywords.keySet()) {
            if (!List.of(allowed).contains(k)) {
                throw typeError(String.format(messageFormat, k));
            }
        }
    }

    static boolean given(Object value) {
        return value != MISSING && value != PyValues.NONE;
    }

    private StridescopeError typeError(String message) {
        return PyValues.typeError(message, "The call " + function + "(...) does not match what NumPy accepts.");
    }
}
