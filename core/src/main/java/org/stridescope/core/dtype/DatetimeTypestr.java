package org.stridescope.core.dtype;

import java.nio.charset.StandardCharsets;
import org.stridescope.core.StridescopeError;

/**
 * {@code M8[15m]}, {@code datetime64[D/2]}, {@code timedelta64}: NumPy 1.24's datetime type
 * strings ({@code numpy/core/src/multiarray/datetime.c}), with its error messages and positions.
 * The input is one char per UTF-8 byte, as {@link DTypeParser} passes it.
 */
final class DatetimeTypestr {
    private static final int INT_MAX = Integer.MAX_VALUE;

    private DatetimeTypestr() {
    }

    /** NumPy's {@code is_datetime_typestr}. */
    static boolean matches(String t) {
        return (t.length() >= 2 && t.charAt(1) == '8' && (t.charAt(0) == 'M' || t.charAt(0) == 'm'))
                || t.startsWith("datetime64") || t.startsWith("timedelta64");
    }

    static DType parse(String t) {
        Kind kind;
        String meta;
        if (t.startsWith("timedelta64")) {
            kind = Kind.TIMEDELTA;
            meta = t.substring(11);
        } else if (t.startsWith("datetime64")) {
            kind = Kind.DATETIME;
            meta = t.substring(10);
        } else {
            kind = t.charAt(0) == 'M' ? Kind.DATETIME : Kind.TIMEDELTA;
            meta = t.substring(2);
        }
        return new DType(kind, 8, ByteOrder.NATIVE, metadata(meta).text());
    }

    /** NumPy's {@code parse_datetime_metadata_from_metastr}: empty, or {@code [unit]}. */
    private static DatetimeUnit metadata(String meta) {
        int len = meta.length();
        if (len == 0) {
            return DatetimeUnit.GENERIC;
        }
        if (len < 3) {
            throw badMetadata(meta, -1);
        }
        if (meta.charAt(0) != '[') {
            throw badMetadata(meta, 1);
        }
        int end = meta.indexOf(']', 1);
        if (end < 0) {
            throw badMetadata(meta, len);
        }
        if (end == 1) {
            throw badMetadata(meta, 1);
        }
        DatetimeUnit unit = extendedUnit(meta, end);
        if (end + 1 != len) {
            throw badMetadata(meta, end + 1);
        }
        return unit;
    }

    /** NumPy's {@code parse_datetime_extended_unit_from_string} for {@code meta[1..end)}. */
    private static DatetimeUnit extendedUnit(String meta, int end) {
        int pos = 1;
        long[] num = DTypeParser.strtol(meta, pos);
        int multiplier = 1;
        if (num[1] != pos) {
            if (num[0] < 0 || num[0] > INT_MAX) {
                throw badMetadata(meta, pos);
            }
            multiplier = (int) num[0];
            pos = (int) num[1];
        }
        int unitEnd = pos;
        while (unitEnd < end && meta.charAt(unitEnd) != '/') {
            unitEnd++;
        }
        if (unitEnd == pos) {
            throw badMetadata(meta, pos);
        }
        DatetimeUnit.Base base = DatetimeUnit.Base.ofSymbol(utf8(meta.substring(pos, unitEnd)));
        if (base == null) {
            throw StridescopeError.typeError("Invalid datetime unit in metadata string \"" + utf8(meta) + "\"",
                    "Datetime units are Y, M, W, D, h, m, s, ms, us, ns, ps, fs, as (or generic), "
                            + "optionally after a count, as in 'M8[15m]'.");
        }
        pos = unitEnd;
        if (pos < end && meta.charAt(pos) == '/') {
            pos++;
            long[] den = DTypeParser.strtol(meta, pos);
            if (den[1] == pos || den[1] >= meta.length() || meta.charAt((int) den[1]) != ']') {
                throw badMetadata(meta, pos);
            }
            int divisor = (int) den[0];
            if (divisor != 1) {
                return divide(base, multiplier, divisor, meta);
            }
        }
        return new DatetimeUnit(base, multiplier);
    }

    /** NumPy's {@code convert_datetime_divisor_to_multiple}: {@code [D/2]} is {@code [12h]}. */
    private static DatetimeUnit divide(DatetimeUnit.Base base, int multiplier, int divisor, String meta) {
        if (base == DatetimeUnit.Base.GENERIC) {
            throw StridescopeError.valueError("Can't use 'den' divisor with generic units",
                    "A generic datetime has no unit to divide.");
        }
        if (divisor == 0) {
            throw StridescopeError.inputError("divisor (0) in datetime metadata \"" + utf8(meta) + "\"",
                    "NumPy 1.24 crashes (division by zero) on a zero divisor in a datetime unit.");
        }
        DatetimeUnit.Base[] all = DatetimeUnit.Base.values();
        int[] tries;
        DatetimeUnit.Base[] units;
        switch (base) {
            case YEAR -> {
                tries = new int[] {12, 52, 365};
                units = new DatetimeUnit.Base[] {all[1], all[2], all[3]};
            }
            case MONTH -> {
                tries = new int[] {4, 30, 720};
                units = new DatetimeUnit.Base[] {all[2], all[3], all[4]};
            }
            case WEEK -> {
                // NumPy reads a fourth, zero entry here: its unit is the year, times 0
                tries = new int[] {7, 168, 10080, 0};
                units = new DatetimeUnit.Base[] {all[3], all[4], all[5], all[0]};
            }
            case DAY -> {
                tries = new int[] {24, 1440, 86400};
                units = new DatetimeUnit.Base[] {all[4], all[5], all[6]};
            }
            case HOUR -> {
                tries = new int[] {60, 3600};
                units = new DatetimeUnit.Base[] {all[5], all[6]};
            }
            case MINUTE -> {
                tries = new int[] {60, 60000};
                units = new DatetimeUnit.Base[] {all[6], all[7]};
            }
            default -> {
                int b = base.ordinal();
                int n = base == DatetimeUnit.Base.ATTOSECOND ? 0 : base == DatetimeUnit.Base.FEMTOSECOND ? 1 : 2;
                tries = java.util.Arrays.copyOf(new int[] {1000, 1000000}, n);
                units = n == 0 ? new DatetimeUnit.Base[0] : n == 1 ? new DatetimeUnit.Base[] {all[b + 1]}
                        : new DatetimeUnit.Base[] {all[b + 1], all[b + 2]};
            }
        }
        for (int i = 0; i < tries.length; i++) {
            if (tries[i] % divisor == 0) {
                return new DatetimeUnit(units[i], multiplier * (tries[i] / divisor));
            }
        }
        throw StridescopeError.valueError("divisor (" + divisor + ") is not a multiple of a lower-unit in "
                        + "datetime metadata \"" + utf8(meta) + "\"",
                "'[unit/n]' asks for 1/n of the unit written in a smaller unit; no smaller unit divides evenly.");
    }

    private static StridescopeError badMetadata(String meta, int position) {
        String message = "Invalid datetime metadata string \"" + utf8(meta) + "\""
                + (position >= 0 ? " at position " + position : "");
        return StridescopeError.typeError(message,
                "A datetime unit is written in square brackets right after the type, as in 'M8[s]', "
                        + "'datetime64[15m]' or 'm8[D/2]', with nothing after the closing bracket.");
    }

    /** Back from one char per byte to the text NumPy prints. */
    private static String utf8(String bytes) {
        return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
