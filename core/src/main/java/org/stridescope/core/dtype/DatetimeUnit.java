package org.stridescope.core.dtype;

/**
 * The unit of a datetime64/timedelta64 dtype: a base unit and a multiplier ({@code 15m} is 15
 * minutes). NumPy stores the multiplier as a C int, so odd inputs such as {@code M8[ns/-2]} give
 * odd (even negative) multipliers; they are kept as NumPy keeps them.
 *
 * @param base       the base unit
 * @param multiplier how many base units one step is (ignored for {@link Base#GENERIC})
 */
public record DatetimeUnit(Base base, int multiplier) {

    /** NumPy's base units, coarsest first, with their spelling in dtype strings. */
    public enum Base {
        YEAR("Y"), MONTH("M"), WEEK("W"), DAY("D"), HOUR("h"), MINUTE("m"), SECOND("s"),
        MILLISECOND("ms"), MICROSECOND("us"), NANOSECOND("ns"), PICOSECOND("ps"),
        FEMTOSECOND("fs"), ATTOSECOND("as"), GENERIC("generic");

        private final String symbol;

        Base(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The unit spelled exactly {@code s} ({@code "μs"} is microseconds too), or null. */
        static Base ofSymbol(String s) {
            if (s.equals("μs")) {
                return MICROSECOND;
            }
            for (Base b : values()) {
                if (b.symbol.equals(s)) {
                    return b;
                }
            }
            return null;
        }
    }

    public static final DatetimeUnit GENERIC = new DatetimeUnit(Base.GENERIC, 1);

    /** The unit of {@link DType#unit()}: {@code ""} is generic, else {@code [multiplier]symbol}. */
    public static DatetimeUnit of(String unitText) {
        if (unitText == null || unitText.isEmpty()) {
            return GENERIC;
        }
        int i = 0;
        while (i < unitText.length() && (Character.isDigit(unitText.charAt(i)) || unitText.charAt(i) == '-')) {
            i++;
        }
        int multiplier = i == 0 ? 1 : Integer.parseInt(unitText.substring(0, i));
        Base base = Base.ofSymbol(unitText.substring(i));
        if (base == null) {
            throw new IllegalArgumentException("not a datetime unit: " + unitText);
        }
        return new DatetimeUnit(base, multiplier);
    }

    /** As {@link DType#unit()} spells it: {@code ""} for generic, {@code s}, {@code 15m}. */
    public String text() {
        if (base == Base.GENERIC) {
            return "";
        }
        return multiplier == 1 ? base.symbol : multiplier + base.symbol;
    }
}
