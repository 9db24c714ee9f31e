package org.stridescope.core.expr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.stridescope.core.StridescopeError;

/**
 * The names NumPy 1.24 has that Stridescope does not evaluate ({@code np.sum}, {@code a.mean}):
 * they compute new values, so instead of Python's "no attribute" they get a plain answer.
 * The list is NumPy's own {@code dir()} ({@code numpy-1.24-names.txt}).
 */
final class NumpyNames {
    private NumpyNames() {
    }

    private static final Map<String, Boolean> CALLABLE = load();

    /** True if NumPy 1.24 has {@code scope.name} ({@code np float32}). */
    static boolean has(String scope, String name) {
        return CALLABLE.containsKey(scope + " " + name);
    }

    /**
     * What {@code scope.name} stands for when NumPy has it but Stridescope does not: a function
     * that says CopyRequired when called, or an InputError for a non-array value; null when
     * NumPy does not have it either.
     */
    static Object unsupported(String scope, String shown, String name) {
        Boolean callable = CALLABLE.get(scope + " " + name);
        if (callable == null) {
            return null;
        }
        String what = shown + "." + name;
        if (!callable) {
            throw StridescopeError.inputError(what + " is not an array operation",
                    "Expressions here end in a view of the array a; " + what + " is a value of another kind.");
        }
        return new PyFunction(name, args -> {
            throw new StridescopeError(StridescopeError.COPY_REQUIRED, what + "(...) computes a new array",
                    what + " makes its result in new memory (new values, or a copy), so it is no view of these "
                            + "bytes. Views come from indexing, transposes, reshape, flip, broadcast_to, "
                            + "sliding_window_view, as_strided, view, real and imag.");
        });
    }

    private static Map<String, Boolean> load() {
        Map<String, Boolean> out = new HashMap<>();
        try (InputStream in = NumpyNames.class.getResourceAsStream("numpy-1.24-names.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 3 && !line.startsWith("#")) {
                    out.put(parts[0] + " " + parts[1], parts[2].equals("callable"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
