package org.stridescope.core.dtype;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stridescope.core.PythonText;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.Vectors;

/**
 * Every dtype string of {@code numpy-1.24-dtype-strings.jsonl.gz} (names, codes, kind+size, sizes
 * written the odd ways strtol accepts, byte orders, datetime units): parse must give NumPy's
 * {@code dtype.str} and itemsize, or NumPy's exception type and message.
 */
class DTypeStringsTest {

    @Test
    void everyStringParsesLikeNumpyTheFirstTimeAndEveryTimeAfter() {
        List<String> mismatches = new ArrayList<>();
        int ok = 0;
        int errors = 0;
        int declined = 0;
        for (Map<?, ?> line : Vectors.lines("/dtype/numpy-1.24-dtype-strings.jsonl.gz")) {
            String s = (String) line.get("dtype");
            Map<?, ?> expect = (Map<?, ?>) line.get("expect");
            String want = expected(s, expect);
            for (int time = 1; time <= 2; time++) { // the second answer comes from what was parsed before
                String got = actual(s);
                if (!want.equals(got)) {
                    mismatches.add(PythonText.repr(s) + " (time " + time + "): numpy " + want + " / ours " + got);
                }
            }
            if (want.startsWith("InputError")) {
                declined++;
            } else if (Boolean.TRUE.equals(expect.get("ok"))) {
                ok++;
            } else {
                errors++;
            }
        }
        System.out.printf("dtype strings: %d accepted, %d refused like NumPy, %d declined (InputError)%n",
                ok, errors, declined);
        assertThat(mismatches).isEmpty();
    }

    /** NumPy's answer, with the cases Stridescope declines on purpose turned into InputError. */
    private static String expected(String s, Map<?, ?> expect) {
        boolean ok = Boolean.TRUE.equals(expect.get("ok"));
        String type = (String) expect.get("type");
        if (Boolean.TRUE.equals(expect.get("object"))) {
            return "ValueError: cannot create an OBJECT array from memory buffer";
        }
        if (ok) {
            String str = (String) expect.get("str");
            long itemsize = ((Number) expect.get("itemsize")).longValue();
            if (itemsize < 0) {
                return "InputError: data type '" + s.replaceFirst("^[<>|=]", "") + "' has a size NumPy cannot hold";
            }
            return str + " " + itemsize;
        }
        return type + ": " + expect.get("error");
    }

    private static String actual(String s) {
        try {
            DType d = DType.parse(s);
            return d.str() + " " + d.itemsize();
        } catch (StridescopeError e) {
            return e.type() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            return "unexpected " + e;
        }
    }
}
