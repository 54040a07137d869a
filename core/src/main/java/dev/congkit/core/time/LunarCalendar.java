package dev.congkit.core.time;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The Vietnamese lunar calendar, computed: months begin on the day of the new moon at Hanoi's
 * meridian (UTC+7), tháng 11 holds the winter solstice, and in a year of 13 months the leap month is
 * the first with no major solar term. The astronomy is Jean Meeus' (Astronomical Algorithms): new
 * moons to well under a minute and the sun's longitude to a hundredth of a degree, which is the
 * published calendar for the years a portal needs (tested 2000–2050 against published Tết dates).
 *
 * <p>Example:
 * <pre>{@code
 * LunarCalendar.newYear(2027);                      // 2027-02-06, mùng 1 Tết Đinh Mùi
 * LunarCalendar.toLunar(LocalDate.of(2026, 4, 26));  // 10/3/2026 âm lịch: Giỗ Tổ Hùng Vương
 * }</pre>
 */
public final class LunarCalendar {

    /** Hanoi's time zone, in hours east of Greenwich. */
    private static final double ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    /** The Julian day of the new moon of 1900-01-01, the origin of the lunation count. */
    private static final double EPOCH = 2415021.076998695;

    private LunarCalendar() {
    }

    /** Mùng 1 tháng Giêng (Tết Nguyên đán) of the lunar year that begins in {@code year}. */
    public static LocalDate newYear(int year) {
        return toSolar(new LunarDate(1, 1, year, false));
    }

    /** Giỗ Tổ Hùng Vương, 10 tháng 3 âm lịch of {@code year}. */
    public static LocalDate hungKingsDay(int year) {
        return toSolar(new LunarDate(10, 3, year, false));
    }

    /** The lunar date of a day of the (Gregorian) calendar. */
    public static LunarDate toLunar(LocalDate date) {
        long day = date.getLong(JulianFields.JULIAN_DAY);
        long k = (long) Math.floor((day - EPOCH) / SYNODIC_MONTH);
        long monthStart = newMoon(k + 1);
        if (monthStart > day) {
            monthStart = newMoon(k);
        }
        int year = date.getYear();
        long a11 = month11(year);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = month11(year - 1);
        } else {
            lunarYear = year + 1;
            b11 = month11(year + 1);
        }
        int lunarDay = (int) (day - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapDiff = leapMonthOffset(a11);
            if (diff >= leapDiff) {
                lunarMonth = diff + 10;
                leap = diff == leapDiff;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarDay, lunarMonth, lunarYear, leap);
    }

    /**
     * The day of the (Gregorian) calendar of a lunar date.
     *
     * @throws IllegalArgumentException for a leap month the year does not have, or a day 30 the month does not have
     */
    public static LocalDate toSolar(LunarDate date) {
        long a11;
        long b11;
        if (date.month() < 11) {
            a11 = month11(date.year() - 1);
            b11 = month11(date.year());
        } else {
            a11 = month11(date.year());
            b11 = month11(date.year() + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - EPOCH) / SYNODIC_MONTH);
        int offset = date.month() - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = leapOffset - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (date.leap() && date.month() != leapMonth) {
                throw new IllegalArgumentException(date + ": the lunar year " + date.year() + " has no leap month " + date.month());
            }
            if (date.leap() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (date.leap()) {
            throw new IllegalArgumentException(date + ": the lunar year " + date.year() + " has no leap month");
        }
        long monthStart = newMoon(k + offset);
        LocalDate result = LocalDate.MIN.with(JulianFields.JULIAN_DAY, monthStart + date.day() - 1);
        if (date.day() == 30 && newMoon(k + offset + 1) <= monthStart + 29) {
            throw new IllegalArgumentException(date + ": that month has 29 days");
        }
        return result;
    }

    /** The local day (Julian day number) of the {@code k}-th new moon after the one of 1900-01-01. */
    static long newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly * dr) + 0.0021 * Math.sin(2 * dr * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly * dr) + 0.0161 * Math.sin(dr * 2 * moonAnomaly)
                - 0.0004 * Math.sin(dr * 3 * moonAnomaly)
                + 0.0104 * Math.sin(dr * 2 * latitude) - 0.0051 * Math.sin(dr * (sunAnomaly + moonAnomaly))
                - 0.0074 * Math.sin(dr * (sunAnomaly - moonAnomaly)) + 0.0004 * Math.sin(dr * (2 * latitude + sunAnomaly))
                - 0.0004 * Math.sin(dr * (2 * latitude - sunAnomaly)) - 0.0006 * Math.sin(dr * (2 * latitude + moonAnomaly))
                + 0.0010 * Math.sin(dr * (2 * latitude - moonAnomaly)) + 0.0005 * Math.sin(dr * (2 * moonAnomaly + sunAnomaly));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return (long) Math.floor(mean + correction - deltaT + 0.5 + ZONE / 24);
    }

    /** The sun's longitude at local midnight of day {@code jdn}, as the major-term sector 0–11 (30° each). */
    static int sunSector(long jdn) {
        double t = (jdn - 2451545.5 - ZONE / 24) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * anomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * anomaly) + 0.000290 * Math.sin(dr * 3 * anomaly);
        double longitude = (meanLongitude + centre) * dr;
        longitude = longitude - Math.PI * 2 * Math.floor(longitude / (Math.PI * 2));
        return (int) Math.floor(longitude / Math.PI * 6);
    }

    /** The first day of tháng 11 (the month of the winter solstice) of the lunar year ending in {@code year}. */
    static long month11(int year) {
        long off = LocalDate.of(year, 12, 31).getLong(JulianFields.JULIAN_DAY) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long start = newMoon(k);
        if (sunSector(start) >= 9) {
            start = newMoon(k - 1);
        }
        return start;
    }

    /** Which month after tháng 11 (1, 2, …) is the leap month of a 13-month year: the first with no major term. */
    static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunSector(newMoon(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunSector(newMoon(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
