package org.stridescope.core.format;

import org.stridescope.core.StridescopeError;
import org.stridescope.core.dtype.DatetimeUnit;

/**
 * NumPy's {@code str()} of datetime64 and timedelta64 scalars: ISO 8601 down to the dtype's unit
 * ({@code 2019-01-01T00:00} for minutes), {@code 15 minutes}, {@code NaT}. Follows
 * {@code convert_datetime_to_datetimestruct} and {@code make_iso_8601_datetime} of NumPy 1.24,
 * including its 64-bit wrap-around far outside the calendar, so even those values match.
 */
final class DatetimeText {
    private static final long NAT = Long.MIN_VALUE;
    private static final int[][] DAYS_PER_MONTH = {
        {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
        {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
    };
    private static final String[] VERBOSE = {
        "years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds",
        "nanoseconds", "picoseconds", "femtoseconds", "attoseconds", "generic time units",
    };

    private DatetimeText() {
    }

    static String timedelta(long count, DatetimeUnit unit) {
        if (count == NAT) {
            return "NaT";
        }
        return count * unit.multiplier() + " " + VERBOSE[unit.base().ordinal()];
    }

    static String datetime(long count, DatetimeUnit unit) {
        if (count == NAT) {
            return "NaT";
        }
        if (unit.base() == DatetimeUnit.Base.GENERIC) {
            throw StridescopeError.valueError(
                    "Cannot convert a NumPy datetime value other than NaT with generic units",
                    "A datetime64 without a unit ('M8') has no calendar meaning; only NaT can be shown.");
        }
        Fields f = new Fields();
        f.set(count * unit.multiplier(), unit.base());
        return f.iso(unit.base());
    }

    /** NumPy's {@code npy_datetimestruct}. */
    private static final class Fields {
        long year = 1970;
        int month = 1;
        int day = 1;
        int hour;
        int min;
        int sec;
        int us;
        int ps;
        int as;

        /** Remaining value, set by {@link #extract}. */
        private long rest;

        void set(long dt, DatetimeUnit.Base base) {
            rest = dt;
            switch (base) {
                case YEAR -> year = 1970 + dt;
                case MONTH -> {
                    year = 1970 + extract(12);
                    month = (int) rest + 1;
                }
                case WEEK -> setDays(dt * 7);
                case DAY -> setDays(dt);
                case HOUR -> {
                    setDays(extract(24L));
                    hour = (int) rest;
                }
                case MINUTE -> {
                    setDays(extract(60L * 24));
                    hour = (int) extract(60);
                    min = (int) rest;
                }
                case SECOND -> {
                    setDays(extract(60L * 60 * 24));
                    hour = (int) extract(60L * 60);
                    min = (int) extract(60L);
                    sec = (int) rest;
                }
                case MILLISECOND -> {
                    setDays(extract(1000L * 60 * 60 * 24));
                    hour = (int) extract(1000L * 60 * 60);
                    min = (int) extract(1000L * 60);
                    sec = (int) extract(1000L);
                    us = (int) (rest * 1000);
                }
                case MICROSECOND -> {
                    setDays(extract(1000L * 1000 * 60 * 60 * 24));
                    hour = (int) extract(1000L * 1000 * 60 * 60);
                    min = (int) extract(1000L * 1000 * 60);
                    sec = (int) extract(1000L * 1000);
                    us = (int) rest;
                }
                case NANOSECOND -> {
                    setDays(extract(1000L * 1000 * 1000 * 60 * 60 * 24));
                    hour = (int) extract(1000L * 1000 * 1000 * 60 * 60);
                    min = (int) extract(1000L * 1000 * 1000 * 60);
                    sec = (int) extract(1000L * 1000 * 1000);
                    us = (int) extract(1000L);
                    ps = (int) (rest * 1000);
                }
                case PICOSECOND -> {
                    setDays(extract(1000L * 1000 * 1000 * 1000 * 60 * 60 * 24));
                    hour = (int) extract(1000L * 1000 * 1000 * 1000 * 60 * 60);
                    min = (int) extract(1000L * 1000 * 1000 * 1000 * 60);
                    sec = (int) extract(1000L * 1000 * 1000 * 1000);
                    us = (int) extract(1000L * 1000);
                    ps = (int) rest;
                }
                case FEMTOSECOND -> {
                    // the whole range is only +- 2.6 hours around the epoch
                    hour = (int) extract(1000L * 1000 * 1000 * 1000 * 1000 * 60 * 60);
                    if (hour < 0) {
                        year = 1969;
                        month = 12;
                        day = 31;
                        hour += 24;
                    }
                    min = (int) extract(1000L * 1000 * 1000 * 1000 * 1000 * 60);
                    sec = (int) extract(1000L * 1000 * 1000 * 1000 * 1000);
                    us = (int) extract(1000L * 1000 * 1000);
                    ps = (int) extract(1000L);
                    as = (int) (rest * 1000);
                }
                case ATTOSECOND -> {
                    // the whole range is only +- 9.2 seconds around the epoch
                    sec = (int) extract(1000L * 1000 * 1000 * 1000 * 1000 * 1000);
                    if (sec < 0) {
                        year = 1969;
                        month = 12;
                        day = 31;
                        hour = 23;
                        min = 59;
                        sec += 60;
                    }
                    us = (int) extract(1000L * 1000 * 1000 * 1000);
                    ps = (int) extract(1000L * 1000);
                    as = (int) rest;
                }
                case GENERIC -> throw new IllegalStateException("generic units have no calendar");
            }
        }

        /** NumPy's {@code extract_unit_64}: floor-divides the rest by {@code unit}, keeps the remainder. */
        private long extract(long unit) {
            long div = rest / unit;
            long mod = rest % unit;
            if (mod < 0) {
                mod += unit;
                div -= 1;
            }
            rest = mod;
            return div;
        }

        private void setDays(long days) {
            final long daysPer400Years = 400 * 365 + 100 - 4 + 1;
            days -= 365 * 30 + 7; // relative to 2000-01-01, a multiple of 400 years
            long y = 400 * Math.floorDiv(days, daysPer400Years);
            days = Math.floorMod(days, daysPer400Years);
            if (days >= 366) {
                y += 100 * ((days - 1) / (100 * 365 + 25 - 1));
                days = (days - 1) % (100 * 365 + 25 - 1);
                if (days >= 365) {
                    y += 4 * ((days + 1) / (4 * 365 + 1));
                    days = (days + 1) % (4 * 365 + 1);
                    if (days >= 366) {
                        y += (days - 1) / 365;
                        days = (days - 1) % 365;
                    }
                }
            }
            year = y + 2000;
            int[] lengths = DAYS_PER_MONTH[isLeap(year) ? 1 : 0];
            for (int i = 0; i < 12; i++) {
                if (days < lengths[i]) {
                    month = i + 1;
                    day = (int) days + 1;
                    return;
                }
                days -= lengths[i];
            }
        }

        private static boolean isLeap(long year) {
            return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        }

        /** NumPy's {@code make_iso_8601_datetime} (UTC, no time zone suffix). */
        String iso(DatetimeUnit.Base base) {
            StringBuilder sb = new StringBuilder(40);
            String y = Long.toString(year);
            if (y.length() < 4) {
                // C's "%04lld": the sign counts toward the width
                boolean neg = year < 0;
                String digits = neg ? y.substring(1) : y;
                sb.append(neg ? "-" : "").append("0".repeat(4 - y.length())).append(digits);
            } else {
                sb.append(y);
            }
            if (base == DatetimeUnit.Base.YEAR) {
                return sb.toString();
            }
            two(sb.append('-'), month);
            if (base == DatetimeUnit.Base.MONTH) {
                return sb.toString();
            }
            two(sb.append('-'), day);
            if (base == DatetimeUnit.Base.DAY || base == DatetimeUnit.Base.WEEK) {
                return sb.toString();
            }
            two(sb.append('T'), hour);
            if (base == DatetimeUnit.Base.HOUR) {
                return sb.toString();
            }
            two(sb.append(':'), min);
            if (base == DatetimeUnit.Base.MINUTE) {
                return sb.toString();
            }
            two(sb.append(':'), sec);
            if (base == DatetimeUnit.Base.SECOND) {
                return sb.toString();
            }
            three(sb.append('.'), us / 1000);
            if (base == DatetimeUnit.Base.MILLISECOND) {
                return sb.toString();
            }
            three(sb, us % 1000);
            if (base == DatetimeUnit.Base.MICROSECOND) {
                return sb.toString();
            }
            three(sb, ps / 1000);
            if (base == DatetimeUnit.Base.NANOSECOND) {
                return sb.toString();
            }
            three(sb, ps % 1000);
            if (base == DatetimeUnit.Base.PICOSECOND) {
                return sb.toString();
            }
            three(sb, as / 1000);
            if (base == DatetimeUnit.Base.FEMTOSECOND) {
                return sb.toString();
            }
            three(sb, as % 1000);
            return sb.toString();
        }

        private static void two(StringBuilder sb, int v) {
            if (v < 10) {
                sb.append('0');
            }
            sb.append(v);
        }

        private static void three(StringBuilder sb, int v) {
            if (v < 100) {
                sb.append('0');
            }
            if (v < 10) {
                sb.append('0');
            }
            sb.append(v);
        }
    }
}
