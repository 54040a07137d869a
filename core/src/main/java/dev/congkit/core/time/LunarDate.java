package dev.congkit.core.time;

/**
 * A date of the Vietnamese lunar calendar (âm lịch): day 1–30, month 1–12, the year in which
 * tháng Giêng falls, and whether the month is the leap month (tháng nhuận).
 *
 * <p>Example:
 * <pre>{@code
 * LunarDate hungKings = new LunarDate(10, 3, 2027, false);   // Giỗ Tổ Hùng Vương 2027
 * LunarCalendar.toSolar(hungKings);                          // 2027-04-16
 * }</pre>
 */
public record LunarDate(int day, int month, int year, boolean leap) {

    public LunarDate {
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("day: must be 1 to 30, but was " + day);
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month: must be 1 to 12, but was " + month);
        }
    }

    @Override
    public String toString() {
        return day + "/" + month + (leap ? " nhuận" : "") + "/" + year + " âm lịch";
    }
}
